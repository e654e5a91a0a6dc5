/**
 * Completes the caller's principal with their memberships, read from the
 * table once per request through the request's loader (one Query of the
 * person's partition). Tokens carry no memberships, so a membership granted
 * or revoked takes effect on the caller's very next request, with the same
 * token; nothing is cached across requests.
 */
import { isMemberOf, type Membership } from '../core/access/membership.js';
import type { Principal } from '../core/access/principal.js';
import type { AppRequest } from './app-request.js';

/** The principal with its stored memberships (other roles unchanged). */
export async function principalWithMemberships(request: AppRequest): Promise<Principal> {
  const { principal } = request;
  if (principal.role !== 'MEMBER') return principal;
  const memberships = await request.loaders.memberships.load(principal.subject);
  return { ...principal, memberships };
}

/**
 * Adds a membership the request itself just wrote (registration) to the
 * request's principal, so the rest of this request (the mutation's answer:
 * the organization's own contact) already sees the caller as a member.
 */
export function recordOwnMembership(request: AppRequest, membership: Membership): void {
  const { principal } = request;
  if (principal.role !== 'MEMBER' || isMemberOf(principal, membership.organizationId)) return;
  request.principal = { ...principal, memberships: [...principal.memberships, membership] };
}
