/**
 * The callers the access tests try every operation as: one of each role, the
 * owner and a plain member of the target organization, a member of another
 * one, and a signed-in person of none.
 */
import type { MemberRole } from '../../functions/core/access/membership.js';
import type { Principal } from '../../functions/core/access/principal.js';

export type CallerName =
  | 'ANONYMOUS'
  | 'PARTNER'
  | 'MEMBER_OF_TARGET'
  | 'PLAIN_MEMBER_OF_TARGET'
  | 'MEMBER_OF_OTHER'
  | 'MEMBER_WITHOUT_ORG'
  | 'ADMIN';

export const CALLER_NAMES: CallerName[] = [
  'ANONYMOUS',
  'PARTNER',
  'MEMBER_OF_TARGET',
  'PLAIN_MEMBER_OF_TARGET',
  'MEMBER_OF_OTHER',
  'MEMBER_WITHOUT_ORG',
  'ADMIN',
];

/**
 * A signed-in person (verified email `<subject>@example.org`) holding one
 * membership; integration tests store it before the call (test/support/memberships.ts).
 */
export const personIn = (subject: string, organizationId: string, role: MemberRole = 'OWNER'): Principal => ({
  role: 'MEMBER',
  subject,
  email: `${subject}@example.org`,
  memberships: [{ organizationId, role }],
});

/** A signed-in person with no organization (yet), optionally with a verified email. */
export const personWithout = (subject: string, email?: string): Principal => ({
  role: 'MEMBER',
  subject,
  ...(email ? { email } : {}),
  memberships: [],
});

/** The callers, relative to a target organization (the one an operation acts for or reads privately). MEMBER_OF_TARGET owns it. */
export function callersFor(targetOrganizationId: string, otherOrganizationId: string): Record<CallerName, Principal> {
  return {
    ANONYMOUS: { role: 'ANONYMOUS' },
    PARTNER: { role: 'PARTNER', clientId: 'partner-app-1', scopes: ['chainfit/partner.read'] },
    MEMBER_OF_TARGET: personIn('member-of-target', targetOrganizationId, 'OWNER'),
    PLAIN_MEMBER_OF_TARGET: personIn('plain-member-of-target', targetOrganizationId, 'MEMBER'),
    MEMBER_OF_OTHER: personIn('member-of-other', otherOrganizationId, 'OWNER'),
    MEMBER_WITHOUT_ORG: personWithout('member-without-org', 'newcomer@example.org'),
    ADMIN: { role: 'ADMIN', subject: 'zone-officer', email: 'zone-officer@example.org' },
  };
}
