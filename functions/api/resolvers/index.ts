/**
 * All resolvers, merged, with the access policy applied to every root field.
 */
import type { Resolvers } from '../generated/resolvers-types.js';
import { withAuthorization, type ActingForResolver, type RootResolvers } from '../authorization.js';
import { healthQueries } from './health.js';
import { organizationActingFor, organizationFields, organizationMutations, organizationQueries } from './organizations.js';
import { collaborationActingFor, collaborationFields, collaborationMutations, collaborationQueries } from './collaborations.js';
import { localizedTextResolvers } from './localized-text.js';

const unguarded: Resolvers = {
  Query: {
    ...healthQueries,
    ...organizationQueries,
    ...collaborationQueries,
  },
  Mutation: {
    ...organizationMutations,
    ...collaborationMutations,
  },
  Organization: organizationFields,
  Collaboration: collaborationFields,
  LocalizedText: localizedTextResolvers,
};

/** For ORGANIZATION_MEMBER operations: which organization the call acts for. */
const actingFor: Record<string, ActingForResolver> = {
  ...organizationActingFor,
  ...collaborationActingFor,
};

export const resolvers = withAuthorization(unguarded as RootResolvers, actingFor) as Resolvers;
