/**
 * Saved alert queries and mutations: map arguments, call the use case
 * (functions/app/alerts.ts). Each acts for the organization it names, so the
 * policy checks the caller is its member.
 */
import { alertsOf, createAlert, deleteAlert } from '../../app/alerts.js';
import type { ActingForResolver } from '../authorization.js';
import type { MutationResolvers, QueryResolvers } from '../generated/resolvers-types.js';

export const alertQueries: Pick<QueryResolvers, 'alerts'> = {
  alerts: (_parent, { organizationId }, context) => alertsOf(context, organizationId),
};

export const alertMutations: Pick<MutationResolvers, 'createAlert' | 'deleteAlert'> = {
  createAlert: (_parent, { input }, context) =>
    createAlert(context, {
      organizationId: input.organizationId,
      minScore: input.minScore,
      countries: input.countries,
      types: input.types,
      kinds: input.kinds,
      frequency: input.frequency,
    }),
  deleteAlert: (_parent, { input }, context) => deleteAlert(context, input.organizationId, input.alertId),
};

type OrganizationArgs = { organizationId?: string; input?: { organizationId?: string } };

/** The organization each alert operation acts for. */
export const alertActingFor: Record<string, ActingForResolver> = {
  'Query.alerts': (args) => Promise.resolve((args as OrganizationArgs).organizationId),
  'Mutation.createAlert': (args) => Promise.resolve((args as OrganizationArgs).input?.organizationId),
  'Mutation.deleteAlert': (args) => Promise.resolve((args as OrganizationArgs).input?.organizationId),
};
