import { describe, expect, it } from 'vitest';
import { invitationExpiry, isExpired, leavesNoOwner, unverifiedCount } from '../../../functions/core/membership/member-records.js';

const MADE = new Date('2026-12-01T00:00:00.000Z');
const day = (n: number) => new Date(MADE.getTime() + n * 24 * 60 * 60 * 1000);

describe('invitations', () => {
  it('are valid for 14 days and expired from then on', () => {
    const invitation = { expiresAt: invitationExpiry(MADE) };
    expect(isExpired(invitation, day(13))).toBe(false);
    expect(isExpired(invitation, day(14))).toBe(true);
  });
});

describe('the last-owner rule', () => {
  it.each([
    ['removing the only owner', { role: 'OWNER' as const }, null, 1, true],
    ['demoting the only owner', { role: 'OWNER' as const }, 'MEMBER' as const, 1, true],
    ['removing one of two owners', { role: 'OWNER' as const }, null, 2, false],
    ['removing a member', { role: 'MEMBER' as const }, null, 1, false],
  ])('%s leaves no owner: %s', (_name, member, next, owners, expected) => {
    expect(leavesNoOwner(member, next, owners)).toBe(expected);
  });
});

describe('the limit of unverified organizations', () => {
  it('counts only unverified ones (absent ones do not count)', () => {
    expect(
      unverifiedCount([
        { verification: 'UNVERIFIED' },
        { verification: 'VERIFIED' },
        null,
        { verification: 'UNVERIFIED' },
        { verification: 'SUSPENDED' },
      ]),
    ).toBe(2);
  });
});
