/**
 * The collaboration use cases: publish, revise, close and list. Each checks,
 * validates (nothing is written when anything is wrong), builds the next
 * version with the core, and writes it all-or-nothing through the store.
 */
import { randomUUID } from 'node:crypto';
import type { Collaboration } from '../core/collaboration.js';
import {
  closedCollaboration,
  draftAfterCollaborationPatch,
  newCollaboration,
  revisedCollaboration,
  type CollaborationDraft,
  type CollaborationPatch,
} from '../core/collaboration-draft.js';
import { ForbiddenError, NotFoundError } from '../core/errors.js';
import { pageSizeOf } from '../core/pagination.js';
import { collaborationProblems } from '../core/validation/collaboration-rules.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import { idempotencyKeyProblems } from '../core/validation/idempotency-key.js';
import { normalisedTimestamp } from '../core/validation/iso-timestamp.js';
import { assertVersion } from '../core/versioning.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import type { CollaborationListFilter } from '../store/collaboration-listing.js';
import type { Page } from '../store/versioned-repository.js';
import { GuardFailedError, organizationNotSuspended } from '../store/write-guards.js';
import type { AppRequest } from './app-request.js';
import { assertKnownFilterIds } from './list-filters.js';

/** A change to a collaboration, made against the version the caller read. */
export interface CollaborationRevision {
  id: string;
  version: number;
  patch: CollaborationPatch;
}

/** Closing names the version the caller read. */
export interface CollaborationClosure {
  id: string;
  version: number;
}

/** The draft with its expiry in the stored form, UTC with `Z` (called after validation accepted it). */
function withStoredExpiry<Draft extends { expiresAt?: string | undefined }>(draft: Draft): Draft {
  if (draft.expiresAt === undefined) return draft;
  return { ...draft, expiresAt: normalisedTimestamp(draft.expiresAt) ?? draft.expiresAt };
}

/** Publishes a collaboration for its owner; a repeat with the same idempotency key returns the first result. */
export async function postCollaboration(request: AppRequest, draft: CollaborationDraft, idempotencyKey: string): Promise<Collaboration> {
  const { store, now } = request;
  const owner = await store.organizations.get(draft.ownerOrganizationId);
  if (!owner) throw new NotFoundError('Organization', draft.ownerOrganizationId);
  if (owner.verification === 'SUSPENDED') throw new ForbiddenError('A suspended organization cannot publish collaborations');
  throwIfAny([
    ...idempotencyKeyProblems(idempotencyKey, 'input.idempotencyKey'),
    ...collaborationProblems(draft, zoneIndustryChainModel.chainCatalog, { publishedAt: now, now }),
  ]);
  const stored = withStoredExpiry(draft);
  const collaboration = newCollaboration(stored, `col-${randomUUID()}`, now);
  // The same expiry written with another offset is the same request.
  const idempotency = { operation: 'postCollaboration', scope: owner.id, key: idempotencyKey, payload: stored };
  try {
    // The suspension check above is a read; the guard repeats it inside the write, so a suspension in between wins.
    return await store.collaborations.create(collaboration, idempotency, now, [organizationNotSuspended(owner.id)]);
  } catch (error) {
    if (error instanceof GuardFailedError) throw new ForbiddenError('A suspended organization cannot publish collaborations');
    throw error;
  }
}

async function currentCollaboration(request: AppRequest, id: string): Promise<Collaboration> {
  const collaboration = await request.store.collaborations.get(id);
  if (!collaboration) throw new NotFoundError('Collaboration', id);
  return collaboration;
}

/** Revises a collaboration; a stale version is CONFLICT. */
export async function updateCollaboration(request: AppRequest, revision: CollaborationRevision): Promise<Collaboration> {
  const { store, now } = request;
  const current = await currentCollaboration(request, revision.id);
  assertVersion(current, revision.version);
  const draft = draftAfterCollaborationPatch(current, revision.patch);
  // An unchanged expiry is not re-judged: editing an expired collaboration's text is fine, reopening needs a new expiry.
  const { expiresAt: _unjudged, ...withoutExpiry } = draft;
  const judged: CollaborationDraft = revision.patch.expiresAt === undefined ? withoutExpiry : draft;
  throwIfAny(collaborationProblems(judged, zoneIndustryChainModel.chainCatalog, { publishedAt: new Date(current.createdAt), now }));
  return store.collaborations.replace(current, revisedCollaboration(current, withStoredExpiry(draft), now), now);
}

/** Closing removes the collaboration from matching's open index; closing a closed one changes nothing. */
export async function closeCollaboration(request: AppRequest, closure: CollaborationClosure): Promise<Collaboration> {
  const { store, now } = request;
  const current = await currentCollaboration(request, closure.id);
  assertVersion(current, closure.version);
  if (current.status === 'CLOSED') return current;
  return store.collaborations.replace(current, closedCollaboration(current, now), now);
}

/** A collaboration by id, or null; read through the request's cache. */
export function findCollaboration(request: AppRequest, id: string): Promise<Collaboration | null> {
  return request.loaders.collaboration.load(id);
}

/** The organization a collaboration belongs to, or undefined when there is no such collaboration. */
export async function ownerOfCollaboration(request: AppRequest, id: string): Promise<string | undefined> {
  return (await findCollaboration(request, id))?.ownerOrganizationId;
}

/** One page of collaborations; a status filter means the effective status at the request's time. */
export async function listCollaborations(
  request: AppRequest,
  filter: CollaborationListFilter,
  first?: number,
  after?: string,
): Promise<Page<Collaboration>> {
  const size = pageSizeOf(first);
  assertKnownFilterIds(filter);
  const page = await request.store.collaborations.list(filter, size, after, request.now);
  // The fields rendering the page read these collaborations again: serve them from this request's cache.
  for (const edge of page.edges) request.loaders.collaboration.prime(edge.node.id, edge.node);
  return page;
}
