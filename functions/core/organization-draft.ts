/**
 * Creating and changing organization profiles, as pure functions: a draft is
 * what a registrant supplies; a patch is what an update changes. Validation
 * lives in ./validation/organization-rules.ts; stores persist the result.
 */
import type { Organization, VerificationStatus } from './organization.js';
import { patchedFields } from './patch.js';

/** What a registrant supplies: everything but identity, verification and bookkeeping. */
export type OrganizationDraft = Omit<Organization, 'id' | 'verification' | 'createdAt' | 'updatedAt' | 'version'>;

/** Fields that may be absent from a profile, and so may be cleared by an update. */
export type ClearableOrganizationField = 'region' | 'city' | 'website' | 'foundedYear' | 'sizeBand' | 'technology';

/**
 * An update: an absent (or undefined) field keeps its value; `null` clears a clearable field.
 */
export type OrganizationPatch = Partial<Omit<OrganizationDraft, ClearableOrganizationField>> & {
  [K in ClearableOrganizationField]?: OrganizationDraft[K] | null | undefined;
};

/** A new profile: unverified until a zone administrator verifies it; version 1. */
export function newOrganization(draft: OrganizationDraft, id: string, now: Date): Organization {
  const at = now.toISOString();
  return { ...draft, id, verification: 'UNVERIFIED', createdAt: at, updatedAt: at, version: 1 };
}

/** The draft an organization would have after a patch (for validation before anything is written). */
export function draftAfterPatch(org: Organization, patch: OrganizationPatch): OrganizationDraft {
  const { id: _id, verification: _v, createdAt: _c, updatedAt: _u, version: _n, ...current } = org;
  return patchedFields(current, patch) as OrganizationDraft;
}

/** The next version of a profile with `draft` as its content. */
export function revisedOrganization(org: Organization, draft: OrganizationDraft, now: Date): Organization {
  return {
    ...draft,
    id: org.id,
    verification: org.verification,
    createdAt: org.createdAt,
    updatedAt: now.toISOString(),
    version: org.version + 1,
  };
}

/** The next version of a profile with a new verification status (set by zone administrators). */
export function withVerification(org: Organization, verification: VerificationStatus, now: Date): Organization {
  return { ...org, verification, updatedAt: now.toISOString(), version: org.version + 1 };
}
