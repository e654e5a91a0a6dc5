/**
 * All resolvers, merged, with the access policy applied to every root field.
 */
import type { Resolvers } from '../generated/resolvers-types.js';
import { withAuthorization, type ActingForResolver, type RootResolvers } from '../authorization.js';
import { healthQueries } from './health.js';

const unguarded: Resolvers = {
  Query: {
    ...healthQueries,
  },
};

/** For ORGANIZATION_MEMBER operations: which organization the call acts for. */
const actingFor: Record<string, ActingForResolver> = {};

export const resolvers = withAuthorization(unguarded as RootResolvers, actingFor) as Resolvers;
