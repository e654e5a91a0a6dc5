/**
 * Creating and changing organization profiles, as pure functions: a draft is
 * what a registrant supplies; a patch is what an update changes. Validation
 * lives in ./validation/organization-rules.ts; stores persist the result.
 */
import type { ContactDetails, Organization, PartnerPreferences, TechnologyProfile, VerificationStatus } from './organization.js';
import { mergedFields, mergedText, patchedFields, type FieldPatch, type LocalizedTextPatch } from './patch.js';

/** What a registrant supplies: everything but identity, verification and bookkeeping. */
export type OrganizationDraft = Omit<Organization, 'id' | 'verification' | 'createdAt' | 'updatedAt' | 'version'>;

/** Fields that may be absent from a profile, and so may be cleared by an update. */
export type ClearableOrganizationField = 'region' | 'city' | 'website' | 'foundedYear' | 'sizeBand' | 'technology';

/**
 * An update: an absent (or undefined) field keeps its value; `null` clears a
 * clearable field. Nested values merge field by field (see ./patch.ts): a
 * language of the name or description, a list of the preferences (null
 * empties it), maturity or IP status of the technology profile, the contact's
 * phone; `technology: null` clears the whole profile.
 */
export type OrganizationPatch = Partial<Omit<OrganizationDraft, ClearableOrganizationField | NestedOrganizationField>> & {
  [K in Exclude<ClearableOrganizationField, 'technology'>]?: OrganizationDraft[K] | null | undefined;
} & {
  name?: LocalizedTextPatch | undefined;
  description?: LocalizedTextPatch | undefined;
  preferences?: FieldPatch<PartnerPreferences> | undefined;
  technology?: FieldPatch<TechnologyProfile> | null | undefined;
  contact?: FieldPatch<ContactDetails> | undefined;
};

/** Fields whose update merges field by field. */
type NestedOrganizationField = 'name' | 'description' | 'preferences' | 'technology' | 'contact';

const NO_PREFERENCES: PartnerPreferences = { countries: [], types: [], parks: [], languages: [] };

/** Preferences with some lists changed; a null list is emptied (the lists are never absent). */
function mergedPreferences(current: PartnerPreferences, patch: FieldPatch<PartnerPreferences>): PartnerPreferences {
  const emptied = Object.fromEntries(Object.entries(patch).map(([list, value]) => [list, value === null ? [] : value]));
  return mergedFields({ ...NO_PREFERENCES, ...current }, emptied as FieldPatch<PartnerPreferences>);
}

/** The technology profile after a patch: null clears it, and a profile with nothing left is absent. */
function mergedTechnology(
  current: TechnologyProfile | undefined,
  patch: FieldPatch<TechnologyProfile> | null | undefined,
): TechnologyProfile | undefined {
  if (patch === null) return undefined;
  if (patch === undefined) return current;
  const merged = mergedFields(current ?? {}, patch);
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/** A new profile: unverified until a zone administrator verifies it; version 1. */
export function newOrganization(draft: OrganizationDraft, id: string, now: Date): Organization {
  const at = now.toISOString();
  return { ...draft, id, verification: 'UNVERIFIED', createdAt: at, updatedAt: at, version: 1 };
}

/** The draft an organization would have after a patch (for validation before anything is written). */
export function draftAfterPatch(org: Organization, patch: OrganizationPatch): OrganizationDraft {
  const { id: _id, verification: _v, createdAt: _c, updatedAt: _u, version: _n, ...current } = org;
  const { name, description, preferences, technology, contact, ...flat } = patch;
  const { technology: _technology, ...rest } = patchedFields(current, flat) as OrganizationDraft;
  const nextTechnology = mergedTechnology(current.technology, technology);
  return {
    ...rest,
    name: name ? mergedText(current.name, name) : current.name,
    description: description ? mergedText(current.description, description) : current.description,
    preferences: preferences ? mergedPreferences(current.preferences, preferences) : current.preferences,
    ...(nextTechnology ? { technology: nextTechnology } : {}),
    contact: contact ? mergedFields(current.contact, contact) : current.contact,
  };
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
