/**
 * Query.zoneStatistics (administrators): the use case's tallies
 * (functions/app/statistics.ts) in the schema's shape.
 */
import { zoneStatistics } from '../../app/statistics.js';
import { zoneIndustryChainModel } from '../../core/industry-chain/zone-model.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const statisticsQueries: Pick<QueryResolvers, 'zoneStatistics'> = {
  zoneStatistics: async (_parent, _args, context) => {
    const statistics = await zoneStatistics(context);
    return {
      organizations: {
        total: statistics.organizations.total,
        byCountry: statistics.organizations.byCountry.map(({ key, count }) => ({ country: key, count })),
        byType: statistics.organizations.byType.map(({ key, count }) => ({ type: key, count })),
        byVerification: statistics.organizations.byVerification.map(({ key, count }) => ({ verification: key, count })),
        // Groups come from the model the tallies were keyed by, so each id names a group.
        byCountryAndChainGroup: statistics.organizations.byCountryAndChainGroup.flatMap(({ country, chainGroupId, count }) => {
          const group = zoneIndustryChainModel.groups().find((candidate) => candidate.id === chainGroupId);
          return group ? [{ country, chainGroup: { group, locale: context.locale }, count }] : [];
        }),
      },
      // The schema's field keeps its published name.
      postings: {
        total: statistics.collaborations.total,
        byStatus: statistics.collaborations.byStatus.map(({ key, count }) => ({ status: key, count })),
      },
      matches: {
        total: statistics.matches.total,
        byStatus: statistics.matches.byStatus.map(({ key, count }) => ({ status: key, count })),
        byOutcome: statistics.matches.byOutcome.map(({ key, count }) => ({ outcome: key, count })),
      },
      computedAt: statistics.computedAt,
    };
  },
};
