/**
 * The review rules of organization identity: a VERIFIED badge never survives
 * a change of name, country or website. Such a change puts the organization
 * back in the administrators' queue as UNVERIFIED and keeps the values that
 * were verified, so the reviewer sees what changed.
 */
import type { LocalizedText } from '../vocabulary.js';
import type { Organization } from '../organization.js';

/** The fields a verification vouches for. */
export interface VerifiedIdentity {
  name: LocalizedText;
  country: Organization['country'];
  website?: string;
}

/** Review facts kept on an organization (absent on organizations created before reviews existed). */
export interface ReviewFacts {
  /** Who registered it (absent for organizations the zone imported). */
  registeredBy?: { subject: string; email?: string };
  /** When it entered the review queue (registration or an identity change); absent: its createdAt. */
  queuedAt?: string;
  /** The identity last verified, while a changed identity waits for review. */
  previousVerified?: VerifiedIdentity;
  /** The administrator's note to the organization with the last verification decision. */
  verificationNote?: string;
}

/** The identity fields of an organization. */
export function identityOf(org: Pick<Organization, 'name' | 'country' | 'website'>): VerifiedIdentity {
  return { name: org.name, country: org.country, ...(org.website !== undefined ? { website: org.website } : {}) };
}

const sameText = (a: LocalizedText, b: LocalizedText): boolean =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** Whether name, country or website differ. */
export function identityChanged(before: VerifiedIdentity, after: VerifiedIdentity): boolean {
  return !sameText(before.name, after.name) || before.country !== after.country || (before.website ?? '') !== (after.website ?? '');
}

/**
 * The next version of a revised organization as review sees it: a VERIFIED
 * one whose identity changed becomes UNVERIFIED, queued now, with the
 * verified identity kept; anything else keeps its status.
 */
export function afterIdentityReview(before: Organization, next: Organization, now: Date): Organization {
  if (before.verification !== 'VERIFIED' || !identityChanged(identityOf(before), identityOf(next))) return next;
  return { ...next, verification: 'UNVERIFIED', queuedAt: now.toISOString(), previousVerified: identityOf(before) };
}

/** When the organization entered the queue: the oldest waits first. */
export const queuedAtOf = (org: Pick<Organization, 'createdAt' | 'queuedAt'>): string => org.queuedAt ?? org.createdAt;

/**
 * The next version after an administrator's decision: a VERIFIED decision
 * vouches for the current identity, so the kept previous identity and the
 * queue position go; the note (if any) replaces the last one.
 */
export function afterVerificationDecision(
  org: Organization,
  verification: Organization['verification'],
  note: string | undefined,
  now: Date,
): Organization {
  const { previousVerified: _previous, queuedAt: _queued, verificationNote: _note, ...rest } = org;
  const stillQueued =
    verification === 'UNVERIFIED'
      ? { ...(org.queuedAt ? { queuedAt: org.queuedAt } : {}), ...(org.previousVerified ? { previousVerified: org.previousVerified } : {}) }
      : {};
  return {
    ...rest,
    ...stillQueued,
    ...(note ? { verificationNote: note } : {}),
    verification,
    updatedAt: now.toISOString(),
    version: org.version + 1,
  };
}
