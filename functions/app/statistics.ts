/**
 * Zone statistics (administrators): tallies of the zone's organizations,
 * collaborations and matches (core/zone-statistics.ts) over the facts the
 * store reads, as of the request's time.
 */
import { zoneStatisticsOf, type ZoneStatistics } from '../core/zone-statistics.js';
import type { AppRequest } from './app-request.js';

/** The zone's statistics now: three parallel reads of projected facts, tallied in memory. */
export async function zoneStatistics(request: AppRequest): Promise<ZoneStatistics> {
  const { statistics } = request.store;
  const [organizations, collaborations, matches] = await Promise.all([
    statistics.organizationFacts(),
    statistics.collaborationFacts(),
    statistics.matchFacts(),
  ]);
  return zoneStatisticsOf({ organizations, collaborations, matches }, request.now);
}
