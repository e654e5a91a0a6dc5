/**
 * Membership use cases: an organization's members, removing a member,
 * leaving, changing a role. The access policy has already admitted the caller
 * (owners and administrators manage, members may leave); these check what the
 * policy cannot (the target exists, the last-owner rule) and write
 * all-or-nothing through the store.
 */
import type { MemberRole } from '../core/access/membership.js';
import type { Principal } from '../core/access/principal.js';
import { NotFoundError, UnauthenticatedError } from '../core/errors.js';
import type { MemberRecord } from '../core/membership/member-records.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import { roleProblems } from '../core/validation/membership-rules.js';
import type { AppRequest } from './app-request.js';
import { writingMembershipsOf } from './principal-memberships.js';

/** Which member of which organization. */
export interface MemberRef {
  organizationId: string;
  subject: string;
}

/** The caller's subject; only signed-in people reach these use cases. */
export function subjectOf(principal: Principal): string {
  if (principal.role === 'MEMBER' || principal.role === 'ADMIN') return principal.subject;
  throw new UnauthenticatedError();
}

/** The organization's members, owners first. */
export async function membersOf(request: AppRequest, organizationId: string): Promise<MemberRecord[]> {
  const members = await request.store.memberships.membersOf(organizationId);
  return members.sort((a, b) => (a.role === b.role ? a.since.localeCompare(b.since) : a.role === 'OWNER' ? -1 : 1));
}

async function existingMember(request: AppRequest, ref: MemberRef): Promise<MemberRecord> {
  const member = await request.store.memberships.member(ref.organizationId, ref.subject);
  if (!member) throw new NotFoundError('Member', `${ref.subject} of ${ref.organizationId}`);
  return member;
}

/** An owner or administrator removes a member (the last owner cannot be removed). */
export async function removeMember(request: AppRequest, ref: MemberRef): Promise<MemberRecord> {
  const member = await existingMember(request, ref);
  await writingMembershipsOf(request, member.subject, () => request.store.memberships.leave(member));
  return member;
}

/** The caller leaves an organization (its last owner cannot). */
export async function leaveOrganization(request: AppRequest, organizationId: string): Promise<MemberRecord> {
  return removeMember(request, { organizationId, subject: subjectOf(request.principal) });
}

/** An owner or administrator changes a member's role (the last owner cannot be demoted). */
export async function changeMemberRole(request: AppRequest, ref: MemberRef, role: MemberRole): Promise<MemberRecord> {
  throwIfAny(roleProblems(role, 'input.role'));
  const member = await existingMember(request, ref);
  if (member.role === role) return member;
  await writingMembershipsOf(request, member.subject, () => request.store.memberships.changeRole(member, role));
  return { ...member, role };
}
