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

/** Where an invitation stands as stored: open until answered, then how it was answered. */
export const INVITATION_STATES = ['PENDING', 'ACCEPTED', 'DECLINED', 'REVOKED'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];
/** What an owner sees: the stored state, and EXPIRED for an open invitation past its expiry. */
export type InvitationStatus = InvitationState | 'EXPIRED';

/** An invitation as its organization's owners see it: with how and when it was answered. */
export interface SentInvitation extends Invitation {
  state: InvitationState;
  /** ISO-8601 time it was accepted, declined or revoked. */
  answeredAt?: string;
}

/** Either view of an invitation: the invitee's (always open) or the organization's. */
export type InvitationView = Invitation | SentInvitation;

/** An organization keeps its answered and expired invitations listed this long (after the answer, or the expiry). */
export const INVITATION_RECORD_RETENTION_DAYS = 30;

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

/** The invitation's status at `now`: an open one past its expiry is EXPIRED; the invitee's view is always open. */
export function invitationStatusAt(invitation: InvitationView, now: Date): InvitationStatus {
  const state = 'state' in invitation ? invitation.state : 'PENDING';
  return state === 'PENDING' && isExpired(invitation, now) ? 'EXPIRED' : state;
}

/** Until when the organization's record of an invitation is kept: retention after its answer, else after its expiry. */
export function sentInvitationKeptUntil(invitation: SentInvitation): string {
  const from = Date.parse(invitation.answeredAt ?? invitation.expiresAt);
  return new Date(from + INVITATION_RECORD_RETENTION_DAYS * 24 * 60 * 60 * 1000).toISOString();
}

/**
 * A new invitation's id: its creation time in fixed width, then a random part, so an organization's invitations
 * sort by age in its partition (docs/data-model.md) and revoking needs only the id.
 */
export function newInvitationId(now: Date, random: string): string {
  return `inv-${now.toISOString().replace(/[-:.]/g, '')}-${random}`;
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
