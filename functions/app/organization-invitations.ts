/**
 * The invitations an organization sent, as its owners (and administrators)
 * manage them: listed newest first with their status (pending, accepted,
 * declined, revoked, expired; answered and expired ones stay listed for 30
 * days), and revoked while still pending, so the invitee can no longer accept.
 */
import { ConflictError, NotFoundError } from '../core/errors.js';
import { invitationStatusAt, type InvitationStatus, type SentInvitation } from '../core/membership/member-records.js';
import { pageSizeOf } from '../core/pagination.js';
import type { Page } from '../store/versioned-repository.js';
import type { AppRequest } from './app-request.js';

/** Which page of an organization's invitations, and which status. */
export interface OrganizationInvitationsRequest {
  first?: number | null | undefined;
  after?: string | null | undefined;
  status?: InvitationStatus | null | undefined;
}

/** One page of the organization's invitations, newest first (the policy admitted an owner or an administrator). */
export function organizationInvitations(
  request: AppRequest,
  organizationId: string,
  page: OrganizationInvitationsRequest,
): Promise<Page<SentInvitation>> {
  return request.store.invitations.listSent({
    organizationId,
    first: pageSizeOf(page.first),
    after: page.after,
    ...(page.status ? { status: page.status } : {}),
    now: request.now,
  });
}

/** Which invitation of which organization. */
export interface InvitationRef {
  organizationId: string;
  id: string;
}

/** Revokes a pending invitation: the invitee can no longer see or accept it; the organization keeps it listed as REVOKED. */
export async function revokeInvitation(request: AppRequest, ref: InvitationRef): Promise<SentInvitation> {
  const sent = await request.store.invitations.sent(ref.organizationId, ref.id, request.now);
  if (!sent) throw new NotFoundError('Invitation', `${ref.id} of ${ref.organizationId}`);
  const status = invitationStatusAt(sent, request.now);
  if (status !== 'PENDING')
    throw new ConflictError(`Invitation ${ref.id} is ${status.toLowerCase()} already; only a pending invitation can be revoked`, {
      id: ref.id,
      status,
    });
  // Allowed for a suspended organization too: revoking only narrows who may act for it (docs/security.md, 4b).
  const revoked = await request.store.invitations.answer(sent, 'REVOKED', request.now);
  if (!revoked) throw new ConflictError(`Invitation ${ref.id} was answered meanwhile; reload the invitations`, { id: ref.id });
  return { ...sent, state: 'REVOKED', answeredAt: request.now.toISOString() };
}
