/**
 * The records of belonging to an organization: members, invitations by email
 * and requests to join, with the rules that need no I/O: when an invitation
 * has expired, how many unverified organizations a person may hold, and the
 * last-owner rule.
 */
import type { MemberRole, Membership } from '../access/membership.js';
import type { Organization } from '../organization.js';

/** An invitation is valid this long (also its TTL in the table). */
export const INVITATION_LIFETIME_DAYS = 14;
/** Unverified organizations one person may own at a time: registering beyond this waits for a review. */
export const MAX_UNVERIFIED_ORGANIZATIONS = 3;

/** One person's membership of one organization, as stored. */
export interface MemberRecord extends Membership {
  subject: string;
  /** The verified email the person had when they joined (shown to owners and administrators). */
  email?: string;
  /** ISO-8601 time the membership began. */
  since: string;
}

/** An invitation of an email address to an organization, accepted by whoever signs in with that verified email. */
export interface Invitation {
  id: string;
  organizationId: string;
  /** Lower-cased. */
  email: string;
  role: MemberRole;
  /** Subject of the owner or administrator who invited. */
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
}

/** A person's request to join an organization, answered by its owners or an administrator. */
export interface JoinRequest {
  organizationId: string;
  subject: string;
  email?: string;
  message: string;
  requestedAt: string;
}

/** When an invitation made at `now` expires. */
export function invitationExpiry(now: Date): string {
  return new Date(now.getTime() + INVITATION_LIFETIME_DAYS * 24 * 60 * 60 * 1000).toISOString();
}

/** Expiry is judged at read time too: TTL deletes expired items only eventually. */
export const isExpired = (invitation: Pick<Invitation, 'expiresAt'>, now: Date): boolean => invitation.expiresAt <= now.toISOString();

/** Emails compare case-insensitively; invitations are stored under the lower-cased address. */
export const normalizedEmail = (email: string): string => email.trim().toLowerCase();

/**
 * Whether a change leaves the organization without an owner: removing or
 * demoting its only owner. `owners` is the current count of owners.
 */
export function leavesNoOwner(member: Pick<MemberRecord, 'role'>, nextRole: MemberRole | null, owners: number): boolean {
  return member.role === 'OWNER' && nextRole !== 'OWNER' && owners <= 1;
}

/** How many of these organizations are unverified: the registration limit counts them. */
export function unverifiedCount(organizations: readonly (Pick<Organization, 'verification'> | null)[]): number {
  return organizations.filter((org) => org?.verification === 'UNVERIFIED').length;
}
