/**
 * Zone statistics (administrators): tallies of the zone's organizations,
 * collaborations and matches (core/zone-statistics.ts) over the facts the
 * store reads, as of the request's time.
 */
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import { zoneStatisticsOf, type ChainGroups, type ZoneStatistics } from '../core/zone-statistics.js';
import type { AppRequest } from './app-request.js';

/** The zone's chain groups in plan order, and each chain's group (read once from the model). */
const groupOfChain = new Map(
  zoneIndustryChainModel.groups().flatMap((group) => group.chains.map((chain) => [chain.id, group.id] as const)),
);
export const ZONE_CHAIN_GROUPS: ChainGroups = {
  ids: zoneIndustryChainModel.groups().map((group) => group.id),
  groupOf: (chainId) => groupOfChain.get(chainId),
};

/**
 * The zone's statistics now: three parallel reads of projected facts, tallied
 * in memory. Organizations by chain group come from the chains each listing
 * item already carries (the chains of its offered segments), mapped to groups
 * by the model: no extra read.
 */
export async function zoneStatistics(request: AppRequest): Promise<ZoneStatistics> {
  const { statistics } = request.store;
  const [organizations, collaborations, matches] = await Promise.all([
    statistics.organizationFacts(),
    statistics.collaborationFacts(),
    statistics.matchFacts(),
  ]);
  return zoneStatisticsOf({ organizations, collaborations, matches }, request.now, ZONE_CHAIN_GROUPS);
}
