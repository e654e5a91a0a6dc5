/**
 * Completes the caller's principal with their memberships. Tokens carry none:
 * they are read from the table (one strongly consistent Query of the person's
 * partition, through the request's loader) or, for reads, taken from the
 * process's membership cache when it read them less than its TTL ago
 * (functions/app/membership-cache.ts). Every membership write a use case makes
 * goes through `writingMembershipsOf`, which forgets the person in this
 * process's cache; mutations re-read memberships fresh (`withStoredMemberships`,
 * called by the authorization guard), so a change takes effect on the caller's
 * next mutation everywhere, on their next read in this process, and on their
 * reads in other processes within the TTL.
 */
import { isMemberOf, type Membership } from '../core/access/membership.js';
import type { Principal } from '../core/access/principal.js';
import type { AppRequest } from './app-request.js';

/** The caller's principal, and whether its memberships came from the process cache (possibly up to the TTL old). */
export interface ResolvedPrincipal {
  principal: Principal;
  fromCache: boolean;
}

/** Reads the person's memberships from the table (once per request: the loader keeps them) and offers them to the cache. */
async function storedMemberships(request: AppRequest, subject: string): Promise<Membership[]> {
  const ticket = request.membershipCache?.beginRead();
  const memberships = await request.loaders.memberships.load(subject);
  if (ticket) request.membershipCache?.keep(subject, memberships, ticket, request.now);
  return memberships;
}

/** The principal with its memberships, from the process cache when fresh there, otherwise from the table (other roles unchanged). */
export async function principalWithMemberships(request: AppRequest): Promise<ResolvedPrincipal> {
  const { principal } = request;
  if (principal.role !== 'MEMBER') return { principal, fromCache: false };
  const cached = request.membershipCache?.get(principal.subject, request.now);
  if (cached) return { principal: { ...principal, memberships: [...cached] }, fromCache: true };
  return { principal: { ...principal, memberships: await storedMemberships(request, principal.subject) }, fromCache: false };
}

/** The principal with its memberships as the table holds them now (for mutations, whose decisions must not be stale). */
export async function withStoredMemberships(request: AppRequest): Promise<Principal> {
  const { principal } = request;
  if (principal.role !== 'MEMBER') return principal;
  return { ...principal, memberships: await storedMemberships(request, principal.subject) };
}

/**
 * Runs a write of a person's memberships (joining, leaving, a role change, a
 * registration's first owner) and then forgets the person in this process's
 * cache, whether the write succeeded or not (a failed write may still have
 * been applied). Every membership write of a use case goes through here.
 */
export async function writingMembershipsOf<T>(request: AppRequest, subject: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } finally {
    request.membershipCache?.forget(subject);
  }
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
