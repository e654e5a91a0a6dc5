/**
 * Collaboration posting queries, mutations and fields. Status is always the
 * effective status (an open posting past its expiry reads as EXPIRED); the
 * owner resolves through the per-request organization loader.
 */
import { effectiveStatus } from '../../core/collaboration.js';
import { pageSizeOf } from '../../core/pagination.js';
import { closeCollaboration, postCollaboration, updateCollaboration } from '../collaboration-commands.js';
import { connectionOf } from '../connection.js';
import type { CollaborationResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import { definedOnly } from '../inputs/input-values.js';
import { visibleOrganization } from './organizations.js';
import type { ActingForResolver } from '../authorization.js';
import type { GraphQLContext } from '../context.js';

export const collaborationQueries: Pick<QueryResolvers, 'collaboration' | 'collaborations'> = {
  collaboration: (_parent, { id }, context) => context.loaders.collaboration.load(id),
  collaborations: async (_parent, { filter, first, after }, context) => {
    const size = pageSizeOf(first);
    const page = await context.store.collaborations.list(definedOnly({ ...filter }), size, after, new Date());
    for (const edge of page.edges) context.loaders.collaboration.prime(edge.node.id, edge.node);
    return connectionOf(page);
  },
};

export const collaborationMutations: Pick<MutationResolvers, 'postCollaboration' | 'updateCollaboration' | 'closeCollaboration'> = {
  postCollaboration: (_parent, { input }, context) => postCollaboration(context, input),
  updateCollaboration: (_parent, { input }, context) => updateCollaboration(context, input),
  closeCollaboration: (_parent, { input }, context) => closeCollaboration(context, input),
};

export const collaborationFields: CollaborationResolvers = {
  status: (posting) => effectiveStatus(posting, new Date()),
  organization: (posting, _args, context) => visibleOrganization(context, posting.ownerOrganizationId),
  maturity: (posting) => posting.maturity ?? null,
  ipStatus: (posting) => posting.ipStatus ?? null,
};

type InputArgs<T> = { input?: T };

/** Posting mutations act for the posting's owner (looked up through the loader for existing postings). */
async function ownerOfPosting(args: Record<string, unknown>, context: GraphQLContext): Promise<string | undefined> {
  const id = (args as InputArgs<{ id?: string }>).input?.id;
  return id ? (await context.loaders.collaboration.load(id))?.ownerOrganizationId : undefined;
}

export const collaborationActingFor: Record<string, ActingForResolver> = {
  'Mutation.postCollaboration': async (args) => (args as InputArgs<{ organizationId?: string }>).input?.organizationId,
  'Mutation.updateCollaboration': ownerOfPosting,
  'Mutation.closeCollaboration': ownerOfPosting,
};
