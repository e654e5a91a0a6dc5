/**
 * Query.zoneStatistics (administrators): tallies of the zone's organizations,
 * postings and matches (core/zone-statistics.ts) over facts the store reads.
 */
import { zoneStatisticsOf } from '../../core/zone-statistics.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const statisticsQueries: Pick<QueryResolvers, 'zoneStatistics'> = {
  zoneStatistics: async (_parent, _args, { store }) => {
    const [organizations, postings, matches] = await Promise.all([
      store.statistics.organizationFacts(),
      store.statistics.postingFacts(),
      store.statistics.matchFacts(),
    ]);
    const statistics = zoneStatisticsOf({ organizations, postings, matches }, new Date());
    return {
      organizations: {
        total: statistics.organizations.total,
        byCountry: statistics.organizations.byCountry.map(({ key, count }) => ({ country: key, count })),
        byType: statistics.organizations.byType.map(({ key, count }) => ({ type: key, count })),
        byVerification: statistics.organizations.byVerification.map(({ key, count }) => ({ verification: key, count })),
      },
      postings: { total: statistics.postings.total, byStatus: statistics.postings.byStatus.map(({ key, count }) => ({ status: key, count })) },
      matches: {
        total: statistics.matches.total,
        byStatus: statistics.matches.byStatus.map(({ key, count }) => ({ status: key, count })),
        byOutcome: statistics.matches.byOutcome.map(({ key, count }) => ({ outcome: key, count })),
      },
      computedAt: statistics.computedAt,
    };
  },
};
