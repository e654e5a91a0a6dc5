import { describe, expect, it } from 'vitest';
import { namedOrganizations, planLegacyMemberships, type CognitoUserExport } from '../../../scripts/migration/legacy-memberships.js';

const SINCE = new Date('2026-12-02T00:00:00.000Z');
const user = (username: string, attributes: Record<string, string>): CognitoUserExport => ({
  Username: username,
  Attributes: Object.entries(attributes).map(([Name, Value]) => ({ Name, Value })),
});

const USERS = [
  user('kim', { sub: 'sub-kim', email: 'Kim@Arum.example', email_verified: 'true', 'custom:organizationId': 'org-arum' }),
  user('li', { sub: 'sub-li', email: 'li@qinglan.example', email_verified: 'false', 'custom:organizationId': 'org-qinglan' }),
  user('ghost', { sub: 'sub-ghost', 'custom:organizationId': 'org-deleted' }),
  user('newcomer', { sub: 'sub-new', email: 'new@example.org', email_verified: 'true' }),
  user('blank', { sub: 'sub-blank', 'custom:organizationId': '  ' }),
];

describe('migrating custom:organizationId to memberships', () => {
  it('makes each linked user an OWNER of an existing organization, with the email only if verified', () => {
    const plan = planLegacyMemberships(USERS, new Set(['org-arum', 'org-qinglan']), SINCE);
    expect(plan.members).toEqual([
      { organizationId: 'org-arum', subject: 'sub-kim', email: 'kim@arum.example', role: 'OWNER', since: SINCE.toISOString() },
      { organizationId: 'org-qinglan', subject: 'sub-li', role: 'OWNER', since: SINCE.toISOString() },
    ]);
  });

  it('skips, with a reason, users linked to an organization that no longer exists; ignores unlinked users', () => {
    expect(planLegacyMemberships(USERS, new Set(['org-arum', 'org-qinglan']), SINCE).skipped).toEqual([
      { username: 'ghost', reason: 'organization org-deleted does not exist' },
    ]);
  });

  it('names each linked organization once, for one batch read', () => {
    expect(namedOrganizations([...USERS, USERS[0]!])).toEqual(['org-arum', 'org-qinglan', 'org-deleted']);
  });
});
