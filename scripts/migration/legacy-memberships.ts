/**
 * The pure part of the one-time migration from the Cognito attribute
 * `custom:organizationId` to membership items: which users become members of
 * which organizations, and which are skipped and why. Every linked user
 * becomes an OWNER: before memberships existed, a linked member could do
 * everything for the organization, so nobody loses a right, and owners can
 * demote each other afterwards.
 */
import type { MemberRecord } from '../../functions/core/membership/member-records.js';
import { normalizedEmail } from '../../functions/core/membership/member-records.js';
import { LEGACY_ORGANIZATION_ATTRIBUTE } from '../../functions/core/access/principal.js';

/** One user as `aws cognito-idp list-users --output json` prints it. */
export interface CognitoUserExport {
  Username: string;
  Attributes?: { Name: string; Value: string }[];
}

/** A user the migration did not turn into a membership, and why. */
export interface SkippedUser {
  username: string;
  reason: string;
}

export interface MigrationPlan {
  members: MemberRecord[];
  skipped: SkippedUser[];
}

const attributeOf = (user: CognitoUserExport, name: string): string | undefined =>
  user.Attributes?.find((attribute) => attribute.Name === name)?.Value.trim() || undefined;

/** Memberships for every user whose legacy attribute names an organization that exists. */
export function planLegacyMemberships(
  users: readonly CognitoUserExport[],
  existingOrganizations: ReadonlySet<string>,
  since: Date,
): MigrationPlan {
  const plan: MigrationPlan = { members: [], skipped: [] };
  for (const user of users) {
    const organizationId = attributeOf(user, LEGACY_ORGANIZATION_ATTRIBUTE);
    const subject = attributeOf(user, 'sub');
    if (!organizationId) continue;
    if (!subject) {
      plan.skipped.push({ username: user.Username, reason: 'no sub attribute' });
      continue;
    }
    if (!existingOrganizations.has(organizationId)) {
      plan.skipped.push({ username: user.Username, reason: `organization ${organizationId} does not exist` });
      continue;
    }
    const email = attributeOf(user, 'email');
    const verified = attributeOf(user, 'email_verified') === 'true';
    plan.members.push({
      organizationId,
      subject,
      ...(email && verified ? { email: normalizedEmail(email) } : {}),
      role: 'OWNER',
      since: since.toISOString(),
    });
  }
  return plan;
}

/** The organization ids the users' legacy attributes name (to check which exist, in one batch read). */
export function namedOrganizations(users: readonly CognitoUserExport[]): string[] {
  return [...new Set(users.flatMap((user) => attributeOf(user, LEGACY_ORGANIZATION_ATTRIBUTE) ?? []))];
}
