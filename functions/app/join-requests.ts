/**
 * Asking to join an organization someone else registered (or the zone
 * imported), and its owners' (or an administrator's) answer. A person has at
 * most one open request per organization; asking again replaces the message.
 */
import type { MemberRole } from '../core/access/membership.js';
import { isMemberOf } from '../core/access/membership.js';
import { ConflictError, NotFoundError } from '../core/errors.js';
import type { JoinRequest, MemberRecord } from '../core/membership/member-records.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import { joinMessageProblems, roleProblems } from '../core/validation/membership-rules.js';
import type { AppRequest } from './app-request.js';
import { subjectOf, type MemberRef } from './memberships.js';
import { writingMembershipsOf } from './principal-memberships.js';
import { visibleOrganization } from './organization-reads.js';

/** Records the caller's request to join; CONFLICT when they already belong. */
export async function requestToJoin(request: AppRequest, organizationId: string, message: string): Promise<JoinRequest> {
  throwIfAny(joinMessageProblems(message, 'input.message'));
  const org = await visibleOrganization(request, organizationId);
  if (!org) throw new NotFoundError('Organization', organizationId);
  if (isMemberOf(request.principal, organizationId))
    throw new ConflictError(`You are already a member of ${organizationId}`, { organizationId });
  const { principal } = request;
  const email = principal.role === 'MEMBER' ? principal.email : undefined;
  const joinRequest: JoinRequest = {
    organizationId,
    subject: subjectOf(principal),
    ...(email ? { email } : {}),
    message: message.trim(),
    requestedAt: request.now.toISOString(),
  };
  await request.store.memberships.putJoinRequest(joinRequest);
  return joinRequest;
}

/** The organization's open join requests, oldest first. */
export async function joinRequestsOf(request: AppRequest, organizationId: string): Promise<JoinRequest[]> {
  const requests = await request.store.memberships.joinRequestsOf(organizationId);
  return requests.sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));
}

async function openJoinRequest(request: AppRequest, ref: MemberRef): Promise<JoinRequest> {
  const found = await request.store.memberships.joinRequest(ref.organizationId, ref.subject);
  if (!found) throw new NotFoundError('Join request', `${ref.subject} to ${ref.organizationId}`);
  return found;
}

/** Approves a join request: the requester becomes a member (MEMBER unless another role is given). */
export async function approveJoinRequest(request: AppRequest, ref: MemberRef, role: MemberRole = 'MEMBER'): Promise<MemberRecord> {
  throwIfAny(roleProblems(role, 'input.role'));
  const joinRequest = await openJoinRequest(request, ref);
  const record: MemberRecord = {
    organizationId: ref.organizationId,
    subject: ref.subject,
    ...(joinRequest.email ? { email: joinRequest.email } : {}),
    role,
    since: request.now.toISOString(),
  };
  await writingMembershipsOf(request, ref.subject, () => request.store.memberships.join(record, { joinRequest }));
  return record;
}

/** Rejects (deletes) a join request. */
export async function rejectJoinRequest(request: AppRequest, ref: MemberRef): Promise<JoinRequest> {
  const joinRequest = await openJoinRequest(request, ref);
  if (!(await request.store.memberships.deleteJoinRequest(ref.organizationId, ref.subject)))
    throw new NotFoundError('Join request', `${ref.subject} to ${ref.organizationId}`);
  return joinRequest;
}
