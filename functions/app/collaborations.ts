/**
 * The collaboration use cases: publish, revise, close and list. Each checks,
 * validates (nothing is written when anything is wrong), builds the next
 * version with the core, and writes it all-or-nothing through the store.
 */
import { randomUUID } from 'node:crypto';
import { mayReadOrganization } from '../core/access/organization-rules.js';
import type { Collaboration } from '../core/collaboration.js';
import {
  closedCollaboration,
  draftAfterCollaborationPatch,
  newCollaboration,
  revisedCollaboration,
  type CollaborationDraft,
  type CollaborationPatch,
} from '../core/collaboration-draft.js';
import { NotFoundError } from '../core/errors.js';
import { pageSizeOf } from '../core/pagination.js';
import { collaborationProblems } from '../core/validation/collaboration-rules.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import { idempotencyKeyProblems } from '../core/validation/idempotency-key.js';
import { normalisedTimestamp } from '../core/validation/iso-timestamp.js';
import { assertVersion } from '../core/versioning.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import type { CollaborationListFilter } from '../store/collaboration-listing.js';
import type { Page } from '../store/versioned-repository.js';
import type { AppRequest } from './app-request.js';
import { assertKnownFilterIds } from './list-filters.js';
import { notSuspendedGuards, refuseIfSuspended, unlessSuspendedMeanwhile } from './suspension.js';

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
  refuseIfSuspended(owner, 'postCollaboration');
  throwIfAny([
    ...idempotencyKeyProblems(idempotencyKey, 'input.idempotencyKey'),
    ...collaborationProblems(draft, zoneIndustryChainModel.chainCatalog, { publishedAt: now, now }),
  ]);
  const stored = withStoredExpiry(draft);
  const collaboration = newCollaboration(stored, `col-${randomUUID()}`, now);
  // The same expiry written with another offset is the same request.
  const idempotency = { operation: 'postCollaboration', scope: owner.id, key: idempotencyKey, payload: stored };
  // The suspension check above is a read; the guard repeats it inside the write, so a suspension in between wins.
  return unlessSuspendedMeanwhile(request, [owner.id], 'postCollaboration', () =>
    store.collaborations.create(collaboration, idempotency, now, notSuspendedGuards([owner.id])),
  );
}

async function currentCollaboration(request: AppRequest, id: string): Promise<Collaboration> {
  const collaboration = await request.store.collaborations.get(id);
  if (!collaboration) throw new NotFoundError('Collaboration', id);
  return collaboration;
}

/** Refuses a change for a suspended owner (read now, and guarded inside the write). */
async function replaceForOwner(
  request: AppRequest,
  current: Collaboration,
  next: Collaboration,
  fieldName: string,
): Promise<Collaboration> {
  const ownerId = current.ownerOrganizationId;
  const owner = await request.store.organizations.get(ownerId);
  if (owner) refuseIfSuspended(owner, fieldName);
  return unlessSuspendedMeanwhile(request, [ownerId], fieldName, () =>
    request.store.collaborations.replace(current, next, request.now, notSuspendedGuards([ownerId])),
  );
}

/** Revises a collaboration; a stale version is CONFLICT. */
export async function updateCollaboration(request: AppRequest, revision: CollaborationRevision): Promise<Collaboration> {
  const { now } = request;
  const current = await currentCollaboration(request, revision.id);
  assertVersion(current, revision.version);
  const draft = draftAfterCollaborationPatch(current, revision.patch);
  // An unchanged expiry is not re-judged: editing an expired collaboration's text is fine, reopening needs a new expiry.
  const { expiresAt: _unjudged, ...withoutExpiry } = draft;
  const judged: CollaborationDraft = revision.patch.expiresAt === undefined ? withoutExpiry : draft;
  throwIfAny(collaborationProblems(judged, zoneIndustryChainModel.chainCatalog, { publishedAt: new Date(current.createdAt), now }));
  return replaceForOwner(request, current, revisedCollaboration(current, withStoredExpiry(draft), now), 'updateCollaboration');
}

/** Closing removes the collaboration from matching's open index; closing a closed one changes nothing. */
export async function closeCollaboration(request: AppRequest, closure: CollaborationClosure): Promise<Collaboration> {
  const { now } = request;
  const current = await currentCollaboration(request, closure.id);
  assertVersion(current, closure.version);
  if (current.status === 'CLOSED') return current;
  return replaceForOwner(request, current, closedCollaboration(current, now), 'closeCollaboration');
}

/** A collaboration by id, or null; read through the request's cache. (Access checks: ownership only; readers use visibleCollaboration.) */
export function findCollaboration(request: AppRequest, id: string): Promise<Collaboration | null> {
  return request.loaders.collaboration.load(id);
}

/** Whether the caller may see collaborations of this owner: a suspended owner's vanish for all but its members and administrators. */
async function ownerVisible(request: AppRequest, ownerId: string): Promise<boolean> {
  const owner = await request.loaders.organization.load(ownerId);
  return !owner || mayReadOrganization(request.principal, owner);
}

/** A collaboration the caller may read, or null (absent, or its owner is suspended and not theirs); through the request's cache. */
export async function visibleCollaboration(request: AppRequest, id: string): Promise<Collaboration | null> {
  const collaboration = await findCollaboration(request, id);
  return collaboration && (await ownerVisible(request, collaboration.ownerOrganizationId)) ? collaboration : null;
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
  assertKnownFilterIds(filter);
  const page = await request.store.collaborations.list(filter, pageSizeOf(first), after, request.now);
  // The fields rendering the page read these collaborations again: serve them from this request's cache.
  for (const edge of page.edges) request.loaders.collaboration.prime(edge.node.id, edge.node);
  // Owners load in one batch (the page's organization fields read them anyway); a suspended owner's collaborations
  // drop out, so the page may be shorter than asked while its cursor still continues after the last item read.
  const visible = await Promise.all(page.edges.map((edge) => ownerVisible(request, edge.node.ownerOrganizationId)));
  if (visible.every(Boolean)) return page;
  const endCursor = page.endCursor ?? page.edges.at(-1)?.cursor;
  return { ...page, edges: page.edges.filter((_edge, i) => visible[i]), ...(endCursor === undefined ? {} : { endCursor }) };
}
