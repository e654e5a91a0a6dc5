/**
 * Query.zoneStatistics (administrators): tallies of the zone's organizations
 * and postings (core/zone-statistics.ts) over facts the store reads.
 */
import { zoneStatisticsOf } from '../../core/zone-statistics.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const statisticsQueries: Pick<QueryResolvers, 'zoneStatistics'> = {
  zoneStatistics: async (_parent, _args, { store }) => {
    const [organizations, postings] = await Promise.all([store.statistics.organizationFacts(), store.statistics.postingFacts()]);
    const statistics = zoneStatisticsOf(organizations, postings, new Date());
    return {
      organizations: {
        total: statistics.organizations.total,
        byCountry: statistics.organizations.byCountry.map(({ key, count }) => ({ country: key, count })),
        byType: statistics.organizations.byType.map(({ key, count }) => ({ type: key, count })),
        byVerification: statistics.organizations.byVerification.map(({ key, count }) => ({ verification: key, count })),
      },
      postings: { total: statistics.postings.total, byStatus: statistics.postings.byStatus.map(({ key, count }) => ({ status: key, count })) },
      computedAt: statistics.computedAt,
    };
  },
};
