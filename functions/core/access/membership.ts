/**
 * Memberships: which organizations a signed-in person acts for, and in which
 * role. They live in the table (functions/store/items/membership-items.ts),
 * never in a token claim, so a change takes effect on the caller's next
 * mutation, and on their reads within a short per-instance cache lifetime
 * (functions/app/principal-memberships.ts, docs/security.md "Memberships").
 */

/** OWNER manages members and does everything a MEMBER does; MEMBER edits the profile, postings, interest and outcomes. */
export const MEMBER_ROLES = ['OWNER', 'MEMBER'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** One organization a person belongs to. */
export interface Membership {
  organizationId: string;
  role: MemberRole;
}

/** Anything carrying memberships (a signed-in principal). */
interface WithMemberships {
  role: string;
  memberships?: readonly Membership[];
}

/** The caller's membership in an organization, if any. */
export function membershipIn(principal: WithMemberships, organizationId: string | null | undefined): Membership | undefined {
  if (principal.role !== 'MEMBER' || !organizationId) return undefined;
  return principal.memberships?.find((membership) => membership.organizationId === organizationId);
}

/** Whether the caller belongs to the organization (either role). */
export const isMemberOf = (principal: WithMemberships, organizationId: string | null | undefined): boolean =>
  membershipIn(principal, organizationId) !== undefined;

/** Whether the caller owns the organization. */
export const isOwnerOf = (principal: WithMemberships, organizationId: string | null | undefined): boolean =>
  membershipIn(principal, organizationId)?.role === 'OWNER';

/** The ids of the caller's organizations. */
export function organizationIdsOf(principal: WithMemberships): string[] {
  return principal.role === 'MEMBER' ? (principal.memberships ?? []).map((membership) => membership.organizationId) : [];
}
