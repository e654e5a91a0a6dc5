/**
 * Query.health: proves the API can reach its table.
 */
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const healthQueries: Pick<QueryResolvers, 'health'> = {
  health: async (_parent, _args, { store }) => {
    const started = Date.now();
    const marker = await store.system.datasetMarker();
    return {
      status: 'OK',
      databaseLatencyMs: Date.now() - started,
      dataset: marker?.dataset ?? null,
      datasetVersion: marker?.version ?? null,
      checkedAt: new Date().toISOString(),
    };
  },
};
