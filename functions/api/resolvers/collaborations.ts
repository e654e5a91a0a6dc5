/**
 * Collaboration queries, mutations and fields: map arguments, call the use
 * case (functions/app/collaborations.ts), map the result. Status is always
 * the effective status at the request's time (an open collaboration past its
 * expiry reads as EXPIRED); the owner resolves through the request's cache.
 */
import {
  closeCollaboration,
  findCollaboration,
  listCollaborations,
  ownerOfCollaboration,
  postCollaboration,
  updateCollaboration,
} from '../../app/collaborations.js';
import { visibleOrganization } from '../../app/organization-reads.js';
import { effectiveStatus } from '../../core/collaboration.js';
import type { ActingForResolver } from '../authorization.js';
import { connectionOf } from '../connection.js';
import type { GraphQLContext } from '../context.js';
import type { CollaborationResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import { collaborationDraftOf, collaborationPatchOf } from '../inputs/collaboration-input.js';
import { definedOnly } from '../inputs/input-values.js';

export const collaborationQueries: Pick<QueryResolvers, 'collaboration' | 'collaborations'> = {
  collaboration: (_parent, { id }, context) => findCollaboration(context, id),
  collaborations: async (_parent, { filter, first, after }, context) =>
    connectionOf(await listCollaborations(context, definedOnly({ ...filter }), first ?? undefined, after ?? undefined)),
};

export const collaborationMutations: Pick<MutationResolvers, 'postCollaboration' | 'updateCollaboration' | 'closeCollaboration'> = {
  postCollaboration: (_parent, { input }, context) => postCollaboration(context, collaborationDraftOf(input), input.idempotencyKey),
  updateCollaboration: (_parent, { input }, context) =>
    updateCollaboration(context, { id: input.id, version: input.version, patch: collaborationPatchOf(input) }),
  closeCollaboration: (_parent, { input }, context) => closeCollaboration(context, input),
};

export const collaborationFields: CollaborationResolvers = {
  status: (collaboration, _args, context) => effectiveStatus(collaboration, context.now),
  organization: (collaboration, _args, context) => visibleOrganization(context, collaboration.ownerOrganizationId),
};

type InputArgs<T> = { input?: T };

/** Mutations on an existing collaboration act for its owner. */
async function ownerOfInputCollaboration(args: Record<string, unknown>, context: GraphQLContext): Promise<string | undefined> {
  const id = (args as InputArgs<{ id?: string }>).input?.id;
  return id ? ownerOfCollaboration(context, id) : undefined;
}

export const collaborationActingFor: Record<string, ActingForResolver> = {
  'Mutation.postCollaboration': (args) => Promise.resolve((args as InputArgs<{ organizationId?: string }>).input?.organizationId),
  'Mutation.updateCollaboration': ownerOfInputCollaboration,
  'Mutation.closeCollaboration': ownerOfInputCollaboration,
};
