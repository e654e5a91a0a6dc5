/**
 * Who a registration makes the first owner, and the limit on unverified
 * organizations: a person may own at most MAX_UNVERIFIED_ORGANIZATIONS
 * organizations that are still waiting for review, so nobody can flood search
 * with look-alike profiles. The limit is counted from the caller's stored
 * memberships and made race-free by the person record's registration count,
 * which the registration transaction conditions on.
 */
import type { Principal } from '../core/access/principal.js';
import { ForbiddenError } from '../core/errors.js';
import { MAX_UNVERIFIED_ORGANIZATIONS, unverifiedCount } from '../core/membership/member-records.js';
import type { TransactItem } from '../store/transaction-plan.js';
import type { AppRequest } from './app-request.js';

/** The person who becomes the first owner: signed-in people, not administrators registering for others. */
export function registrantOf(principal: Principal): { subject: string; email?: string } | undefined {
  if (principal.role !== 'MEMBER') return undefined;
  return { subject: principal.subject, ...(principal.email ? { email: principal.email } : {}) };
}

/** Throws FORBIDDEN, naming the organizations, when the caller already owns the maximum of unverified ones. */
export async function assertMayRegisterAnother(request: AppRequest): Promise<void> {
  const { principal } = request;
  if (principal.role !== 'MEMBER') return;
  const owned = principal.memberships.filter((membership) => membership.role === 'OWNER').map((membership) => membership.organizationId);
  const orgs = await request.store.organizations.getMany(owned);
  if (unverifiedCount(orgs) < MAX_UNVERIFIED_ORGANIZATIONS) return;
  const waiting = orgs.filter((org) => org?.verification === 'UNVERIFIED').map((org) => org?.id);
  throw new ForbiddenError(
    `You already own ${MAX_UNVERIFIED_ORGANIZATIONS} organizations waiting for verification (${waiting.join(', ')}); register another once a zone administrator has reviewed one of them`,
    { limit: MAX_UNVERIFIED_ORGANIZATIONS, waiting },
  );
}

/** The registrant's OWNER membership and registration count, written in the organization's own transaction. */
export async function registrantWrites(request: AppRequest, organizationId: string): Promise<TransactItem[]> {
  const registrant = registrantOf(request.principal);
  if (!registrant) return [];
  await assertMayRegisterAnother(request);
  const registrations = await request.store.memberships.registrationsOf(registrant.subject);
  const since = request.now.toISOString();
  return request.store.memberships.registrantWrites({ organizationId, ...registrant, role: 'OWNER', since }, registrations);
}
