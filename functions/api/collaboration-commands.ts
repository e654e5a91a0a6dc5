/**
 * The posting mutations: check, validate (nothing is written when anything is
 * wrong), build the next version with the core, and write it all-or-nothing.
 */
import { randomUUID } from 'node:crypto';
import type { Collaboration } from '../core/collaboration.js';
import { closedCollaboration, draftAfterCollaborationPatch, newCollaboration, revisedCollaboration } from '../core/collaboration-draft.js';
import { ForbiddenError, NotFoundError } from '../core/errors.js';
import { collaborationProblems } from '../core/validation/collaboration-rules.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import { idempotencyKeyProblems } from '../core/validation/idempotency-key.js';
import { assertVersion } from '../core/versioning.js';
import { zoneChainCatalog } from '../core/zone-chain-catalog.js';
import type { GraphQLContext } from './context.js';
import type { CloseCollaborationInput, PostCollaborationInput, UpdateCollaborationInput } from './generated/resolvers-types.js';
import { collaborationDraftOf, collaborationPatchOf } from './inputs/collaboration-input.js';

export async function postCollaboration(context: GraphQLContext, input: PostCollaborationInput): Promise<Collaboration> {
  const owner = await context.store.organizations.get(input.organizationId);
  if (!owner) throw new NotFoundError('Organization', input.organizationId);
  if (owner.verification === 'SUSPENDED') throw new ForbiddenError('A suspended organization cannot publish postings');
  const now = new Date();
  const draft = collaborationDraftOf(input);
  throwIfAny([
    ...idempotencyKeyProblems(input.idempotencyKey, 'input.idempotencyKey'),
    ...collaborationProblems(draft, zoneChainCatalog, { publishedAt: now, now }),
  ]);
  const posting = newCollaboration(draft, `col-${randomUUID()}`, now);
  const idempotency = { operation: 'postCollaboration', scope: owner.id, key: input.idempotencyKey, payload: draft };
  return context.store.collaborations.create(posting, idempotency, now);
}

async function currentCollaboration(context: GraphQLContext, id: string): Promise<Collaboration> {
  const posting = await context.store.collaborations.get(id);
  if (!posting) throw new NotFoundError('Collaboration', id);
  return posting;
}

export async function updateCollaboration(context: GraphQLContext, input: UpdateCollaborationInput): Promise<Collaboration> {
  const current = await currentCollaboration(context, input.id);
  assertVersion(current, input.version);
  const now = new Date();
  const patch = collaborationPatchOf(input);
  const draft = draftAfterCollaborationPatch(current, patch);
  // An unchanged expiry is not re-judged: editing an expired posting's text is fine, reopening needs a new expiry.
  const judged = patch.expiresAt === undefined ? { ...draft, expiresAt: undefined } : draft;
  throwIfAny(collaborationProblems(judged, zoneChainCatalog, { publishedAt: new Date(current.createdAt), now }));
  return context.store.collaborations.replace(current, revisedCollaboration(current, draft, now), now);
}

/** Closing removes the posting from matching's open-postings index; closing a closed posting changes nothing. */
export async function closeCollaboration(context: GraphQLContext, input: CloseCollaborationInput): Promise<Collaboration> {
  const current = await currentCollaboration(context, input.id);
  assertVersion(current, input.version);
  if (current.status === 'CLOSED') return current;
  const now = new Date();
  return context.store.collaborations.replace(current, closedCollaboration(current, now), now);
}
