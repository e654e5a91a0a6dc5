/**
 * Invitations by email: an owner (or an administrator, `addMember`) invites
 * an address; whoever signs in with that address, verified by the identity
 * provider, sees the invitation and accepts or declines it. Invitations live
 * in the invitee's partition, so an invitation for another address is simply
 * not found: no secret travels, and a wrong address cannot be accepted by
 * anyone else. They expire after 14 days (checked on read; TTL cleans up).
 */
import { randomUUID } from 'node:crypto';
import type { MemberRole } from '../core/access/membership.js';
import type { Principal } from '../core/access/principal.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../core/errors.js';
import {
  invitationExpiry,
  isExpired,
  newInvitationId,
  normalizedEmail,
  type Invitation,
  type MemberRecord,
} from '../core/membership/member-records.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import { invitationProblems } from '../core/validation/membership-rules.js';
import type { AppRequest } from './app-request.js';
import { subjectOf } from './memberships.js';
import { writingMembershipsOf } from './principal-memberships.js';
import { refuseIfSuspended, unlessSuspendedMeanwhile } from './suspension.js';

/** Whom to invite to which organization, in which role. */
export interface InvitationRequest {
  organizationId: string;
  email: string;
  role: MemberRole;
}

/** The caller's verified email, required to see or answer invitations. */
export function verifiedEmailOf(principal: Principal): string {
  const email = principal.role === 'MEMBER' || principal.role === 'ADMIN' ? principal.email : undefined;
  if (!email)
    throw new ForbiddenError(
      'Your sign-in carries no verified email address; verify your email with the identity provider and sign in again',
    );
  return email;
}

/** Invites an email address (the policy admitted an owner of the organization, or an administrator). */
export async function inviteMember(request: AppRequest, invitation: InvitationRequest): Promise<Invitation> {
  throwIfAny(invitationProblems(invitation));
  const org = await request.loaders.organization.load(invitation.organizationId);
  if (!org) throw new NotFoundError('Organization', invitation.organizationId);
  // Accepting is guarded too (store join): this answers early instead of sending an invitation that cannot be used.
  refuseIfSuspended(org, 'inviteMember');
  const created: Invitation = {
    id: newInvitationId(request.now, randomUUID()),
    organizationId: org.id,
    email: normalizedEmail(invitation.email),
    role: invitation.role,
    invitedBy: subjectOf(request.principal),
    createdAt: request.now.toISOString(),
    expiresAt: invitationExpiry(request.now),
  };
  await request.store.invitations.create(created);
  return created;
}

/** The caller's open invitations (expired ones are left out). */
export async function myInvitations(request: AppRequest): Promise<Invitation[]> {
  const { principal } = request;
  const email = principal.role === 'MEMBER' ? principal.email : undefined;
  if (!email) return [];
  // The store leaves out what TTL would delete; the invitation's own expiry (to the millisecond) is judged here.
  const open = await request.store.memberships.invitationsFor(email, request.now);
  return open.filter((invitation) => !isExpired(invitation, request.now));
}

async function openInvitation(request: AppRequest, id: string): Promise<Invitation> {
  const email = verifiedEmailOf(request.principal);
  const stored = await request.store.memberships.invitation(email, id, request.now);
  if (!stored) throw new NotFoundError('Invitation', `${id} for ${email}`);
  const { invitation } = stored;
  if (stored.expired || isExpired(invitation, request.now))
    throw new ConflictError(`Invitation ${id} expired on ${invitation.expiresAt}; ask the organization's owner to invite you again`, {
      id,
    });
  return invitation;
}

/** Accepts an invitation addressed to the caller's verified email: the caller joins in the invited role. */
export async function acceptInvitation(request: AppRequest, id: string): Promise<MemberRecord> {
  const invitation = await openInvitation(request, id);
  const subject = subjectOf(request.principal);
  const recorded = await isRecorded(request, invitation);
  const record: MemberRecord = {
    organizationId: invitation.organizationId,
    subject,
    email: invitation.email,
    role: invitation.role,
    since: request.now.toISOString(),
  };
  await writingMembershipsOf(request, subject, () =>
    unlessSuspendedMeanwhile(request, [record.organizationId], 'acceptInvitation', () =>
      request.store.memberships.join(record, { invitation, recorded }),
    ),
  );
  return record;
}

/** Whether the organization keeps a record of the invitation (every invitation sent since records exist). */
async function isRecorded(request: AppRequest, invitation: Invitation): Promise<boolean> {
  return (await request.store.invitations.sent(invitation.organizationId, invitation.id, request.now)) !== null;
}

/** Declines an invitation addressed to the caller's verified email: it is gone for the invitee, DECLINED for the organization. */
export async function declineInvitation(request: AppRequest, id: string): Promise<Invitation> {
  const invitation = await openInvitation(request, id);
  const { invitations } = request.store;
  const declined = (await isRecorded(request, invitation))
    ? await invitations.answer(invitation, 'DECLINED', request.now)
    : await invitations.deleteUnrecorded(invitation);
  if (!declined) throw new NotFoundError('Invitation', id);
  return invitation;
}

/**
 * Administrators add a person by email to an organization registered on
 * paper. Tokens are the only place a person's email meets their subject, so
 * the addition is an invitation the person accepts at sign-in; linking an
 * account that never proved the address would let a typo hand an
 * organization to a stranger (docs/security.md, "Memberships").
 */
export function addMember(request: AppRequest, invitation: InvitationRequest): Promise<Invitation> {
  return inviteMember(request, invitation);
}
