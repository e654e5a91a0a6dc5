/**
 * Organization queries, mutations and fields. Reads go through the
 * per-request loader; private fields through canSeeContact.
 */
import { mayListSuspended, mayReadOrganization } from '../../core/access/organization-rules.js';
import type { Organization } from '../../core/organization.js';
import { pageSizeOf } from '../../core/pagination.js';
import { connectionOf } from '../connection.js';
import { canSeeContact } from '../contact-visibility.js';
import type { GraphQLContext } from '../context.js';
import type { MutationResolvers, OrganizationResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import { definedOnly } from '../inputs/input-values.js';
import { registerOrganization, setVerification, updateOrganization } from '../organization-commands.js';
import type { ActingForResolver } from '../authorization.js';

/** An organization the caller may read, or null (absent, or suspended and not theirs). */
export async function visibleOrganization(context: GraphQLContext, id: string): Promise<Organization | null> {
  const org = await context.loaders.organization.load(id);
  return org && mayReadOrganization(context.principal, org) ? org : null;
}

export const organizationQueries: Pick<QueryResolvers, 'organization' | 'organizations'> = {
  organization: (_parent, { id }, context) => visibleOrganization(context, id),
  organizations: async (_parent, { filter, first, after }, context) => {
    const size = pageSizeOf(first);
    const criteria = { ...definedOnly({ ...filter }), includeSuspended: mayListSuspended(context.principal) };
    const page = await context.store.organizations.list(criteria, size, after);
    for (const edge of page.edges) context.loaders.organization.prime(edge.node.id, edge.node);
    return connectionOf(page);
  },
};

export const organizationMutations: Pick<MutationResolvers, 'registerOrganization' | 'updateOrganization' | 'setVerification'> = {
  registerOrganization: (_parent, { input }, context) => registerOrganization(context, input),
  updateOrganization: (_parent, { input }, context) => updateOrganization(context, input),
  setVerification: (_parent, { input }, context) => setVerification(context, input),
};

export const organizationFields: OrganizationResolvers = {
  contact: async (org, _args, context) => ((await canSeeContact(context.principal, org.id, context)) ? org.contact : null),
  technology: (org) => org.technology ?? null,
};

type InputArgs<T> = { input?: T };

/** updateOrganization acts for the organization it changes. */
export const organizationActingFor: Record<string, ActingForResolver> = {
  'Mutation.updateOrganization': async (args) => (args as InputArgs<{ id?: string }>).input?.id,
};
