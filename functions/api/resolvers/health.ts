/**
 * Query.health: proves the API can reach its table (functions/app/health.ts).
 */
import { checkHealth } from '../../app/health.js';
import type { QueryResolvers } from '../generated/resolvers-types.js';

export const healthQueries: Pick<QueryResolvers, 'health'> = {
  health: (_parent, _args, context) => checkHealth(context),
};
