/**
 * Access rules specific to organization profiles, beyond the operation table:
 * who may register one, and who may see a suspended one.
 */
import type { Organization } from '../organization.js';
import { maySeePrivateFieldsOf } from './policy.js';
import type { Principal } from './principal.js';

/**
 * Administrators may register organizations for anyone; a member may register
 * one only while no organization is linked to them: one organization per
 * member, so a member cannot spin up look-alike profiles to flood matching.
 */
export function mayRegisterOrganization(principal: Principal): boolean {
  if (principal.role === 'ADMIN') return true;
  return principal.role === 'MEMBER' && principal.organizationId === undefined;
}

/**
 * Suspended organizations are visible only to their own members and to zone
 * administrators; everyone else reads them as absent (and matching never sees
 * them: they have no index items).
 */
export function mayReadOrganization(principal: Principal, org: Pick<Organization, 'id' | 'verification'>): boolean {
  return org.verification !== 'SUSPENDED' || maySeePrivateFieldsOf(principal, org.id);
}

/** Whether suspended organizations may appear in lists the principal reads. */
export function mayListSuspended(principal: Principal): boolean {
  return principal.role === 'ADMIN';
}
