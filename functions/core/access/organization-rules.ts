/**
 * Access rules specific to organization profiles, beyond the operation table:
 * who may see a suspended one. (Who may register one: registration-limit.ts.)
 */
import type { Organization } from '../organization.js';
import { maySeePrivateFieldsOf } from './policy.js';
import type { Principal } from './principal.js';

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
