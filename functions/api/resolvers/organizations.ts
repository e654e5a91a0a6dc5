/**
 * Organization queries, mutations and fields: map arguments, call the use
 * case (functions/app/organizations.ts, organization-reads.ts), map the
 * result. Private fields show only where the contact rule allows.
 */
import { listOrganizations, maySeeContactOf, visibleOrganization } from '../../app/organization-reads.js';
import { registerOrganization, setVerification, updateOrganization } from '../../app/organizations.js';
import type { ActingForResolver } from '../authorization.js';
import { connectionOf } from '../connection.js';
import type { MutationResolvers, OrganizationResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import { definedOnly } from '../inputs/input-values.js';
import { organizationDraftOf, organizationPatchOf } from '../inputs/organization-input.js';

export const organizationQueries: Pick<QueryResolvers, 'organization' | 'organizations'> = {
  organization: (_parent, { id }, context) => visibleOrganization(context, id),
  organizations: async (_parent, { filter, first, after }, context) =>
    connectionOf(await listOrganizations(context, definedOnly({ ...filter }), first ?? undefined, after ?? undefined)),
};

export const organizationMutations: Pick<MutationResolvers, 'registerOrganization' | 'updateOrganization' | 'setVerification'> = {
  registerOrganization: (_parent, { input }, context) => registerOrganization(context, organizationDraftOf(input), input.idempotencyKey),
  updateOrganization: (_parent, { input }, context) =>
    updateOrganization(context, { id: input.id, version: input.version, patch: organizationPatchOf(input) }),
  setVerification: (_parent, { input: { note, ...decision } }, context) =>
    setVerification(context, { ...decision, ...(note != null ? { note } : {}) }),
};

export const organizationFields: OrganizationResolvers = {
  contact: async (org, _args, context) => ((await maySeeContactOf(context, org.id)) ? org.contact : null),
};

type InputArgs<T> = { input?: T };

/** updateOrganization acts for the organization it changes. */
export const organizationActingFor: Record<string, ActingForResolver> = {
  'Mutation.updateOrganization': (args) => Promise.resolve((args as InputArgs<{ id?: string }>).input?.id),
};
