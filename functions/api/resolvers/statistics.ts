/**
 * Query.zoneStatistics (administrators): the use case's tallies
 * (functions/app/statistics.ts) in the schema's shape; `events` reads each
 * event's partition (functions/app/event-statistics.ts) only when selected.
 */
import { eventStatistics } from '../../app/event-statistics.js';
import { zoneStatistics } from '../../app/statistics.js';
import { zoneIndustryChainModel } from '../../core/industry-chain/zone-model.js';
import type { QueryResolvers, ZoneStatisticsResolvers } from '../generated/resolvers-types.js';

export const statisticsQueries: Pick<QueryResolvers, 'zoneStatistics'> = {
  zoneStatistics: (_parent, _args, context) => zoneStatistics(context),
};

export const zoneStatisticsFields: ZoneStatisticsResolvers = {
  organizations: (statistics, _args, context) => ({
    total: statistics.organizations.total,
    byCountry: statistics.organizations.byCountry.map(({ key, count }) => ({ country: key, count })),
    byType: statistics.organizations.byType.map(({ key, count }) => ({ type: key, count })),
    byVerification: statistics.organizations.byVerification.map(({ key, count }) => ({ verification: key, count })),
    // Groups come from the model the tallies were keyed by, so each id names a group.
    byCountryAndChainGroup: statistics.organizations.byCountryAndChainGroup.flatMap(({ country, chainGroupId, count }) => {
      const group = zoneIndustryChainModel.groups().find((candidate) => candidate.id === chainGroupId);
      return group ? [{ country, chainGroup: { group, locale: context.locale }, count }] : [];
    }),
  }),
  // The schema's field keeps its published name.
  postings: (statistics) => ({
    total: statistics.collaborations.total,
    byStatus: statistics.collaborations.byStatus.map(({ key, count }) => ({ status: key, count })),
  }),
  matches: (statistics) => ({
    total: statistics.matches.total,
    byStatus: statistics.matches.byStatus.map(({ key, count }) => ({ status: key, count })),
    byOutcome: statistics.matches.byOutcome.map(({ key, count }) => ({ outcome: key, count })),
  }),
  computedAt: (statistics) => statistics.computedAt,
  events: (_statistics, _args, context) => eventStatistics(context),
};
