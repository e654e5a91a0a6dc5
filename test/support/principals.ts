/**
 * The callers the access tests try every operation as: one of each role, and
 * members of the target organization, of another one, and of none.
 */
import type { Principal } from '../../functions/core/access/principal.js';

export type CallerName = 'ANONYMOUS' | 'PARTNER' | 'MEMBER_OF_TARGET' | 'MEMBER_OF_OTHER' | 'MEMBER_WITHOUT_ORG' | 'ADMIN';

export const CALLER_NAMES: CallerName[] = ['ANONYMOUS', 'PARTNER', 'MEMBER_OF_TARGET', 'MEMBER_OF_OTHER', 'MEMBER_WITHOUT_ORG', 'ADMIN'];

/** The callers, relative to a target organization (the one an operation acts for or reads privately). */
export function callersFor(targetOrganizationId: string, otherOrganizationId: string): Record<CallerName, Principal> {
  return {
    ANONYMOUS: { role: 'ANONYMOUS' },
    PARTNER: { role: 'PARTNER', clientId: 'partner-app-1', scopes: ['chainfit/partner.read'] },
    MEMBER_OF_TARGET: { role: 'MEMBER', subject: 'member-of-target', organizationId: targetOrganizationId },
    MEMBER_OF_OTHER: { role: 'MEMBER', subject: 'member-of-other', organizationId: otherOrganizationId },
    MEMBER_WITHOUT_ORG: { role: 'MEMBER', subject: 'member-without-org' },
    ADMIN: { role: 'ADMIN', subject: 'zone-officer' },
  };
}
