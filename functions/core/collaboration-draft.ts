/**
 * Publishing, revising and closing collaborations, as pure functions.
 * Validation lives in ./validation/collaboration-rules.ts.
 */
import type { Collaboration, CollaborationKind } from './collaboration.js';
import { DEFAULT_COLLABORATION_LIFETIME_DAYS } from './input-limits.js';
import { patchedFields } from './patch.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** EEN technology profiles; only these carry technology maturity and IP status. */
export const TECHNOLOGY_KINDS: readonly CollaborationKind[] = ['TECHNOLOGY_OFFER', 'TECHNOLOGY_REQUEST'];

export function isTechnologyKind(kind: CollaborationKind): boolean {
  return TECHNOLOGY_KINDS.includes(kind);
}

/** What a poster supplies; `expiresAt` defaults to DEFAULT_COLLABORATION_LIFETIME_DAYS after publication. */
export type CollaborationDraft = Omit<Collaboration, 'id' | 'status' | 'createdAt' | 'updatedAt' | 'version' | 'expiresAt'> & {
  expiresAt?: string;
};

export type ClearableCollaborationField = 'maturity' | 'ipStatus';

/** An update: absent (or undefined) keeps, `null` clears maturity / IP status. The owner never changes. */
export type CollaborationPatch = Partial<Omit<CollaborationDraft, ClearableCollaborationField | 'ownerOrganizationId'>> & {
  [K in ClearableCollaborationField]?: Collaboration[K] | null | undefined;
};

export function defaultExpiry(publishedAt: Date): string {
  return new Date(publishedAt.getTime() + DEFAULT_COLLABORATION_LIFETIME_DAYS * DAY_MS).toISOString();
}

/** The latest expiry a collaboration published at `publishedAt` may have. */
export function latestExpiry(publishedAt: Date, lifetimeDays: number): Date {
  return new Date(publishedAt.getTime() + lifetimeDays * DAY_MS);
}

/** A new open collaboration, version 1. */
export function newCollaboration(draft: CollaborationDraft, id: string, now: Date): Collaboration {
  const at = now.toISOString();
  return { ...draft, id, expiresAt: draft.expiresAt ?? defaultExpiry(now), status: 'OPEN', createdAt: at, updatedAt: at, version: 1 };
}

/** The draft a collaboration would have after a patch (validated before anything is written). */
export function draftAfterCollaborationPatch(collaboration: Collaboration, patch: CollaborationPatch): CollaborationDraft {
  const { id: _id, status: _s, createdAt: _c, updatedAt: _u, version: _v, ...current } = collaboration;
  return patchedFields(current, patch) as CollaborationDraft;
}

/** The next version of a collaboration with `draft` as its content; status is unchanged. */
export function revisedCollaboration(collaboration: Collaboration, draft: CollaborationDraft, now: Date): Collaboration {
  return {
    ...draft,
    id: collaboration.id,
    ownerOrganizationId: collaboration.ownerOrganizationId,
    expiresAt: draft.expiresAt ?? collaboration.expiresAt,
    status: collaboration.status,
    createdAt: collaboration.createdAt,
    updatedAt: now.toISOString(),
    version: collaboration.version + 1,
  };
}

/** The next version of a collaboration, closed: no longer open for expressions of interest. */
export function closedCollaboration(collaboration: Collaboration, now: Date): Collaboration {
  return { ...collaboration, status: 'CLOSED', updatedAt: now.toISOString(), version: collaboration.version + 1 };
}
