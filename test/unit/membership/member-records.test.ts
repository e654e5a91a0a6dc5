import { describe, expect, it } from 'vitest';
import {
  invitationExpiry,
  invitationStatusAt,
  isExpired,
  leavesNoOwner,
  newInvitationId,
  sentInvitationKeptUntil,
  unverifiedCount,
  type SentInvitation,
} from '../../../functions/core/membership/member-records.js';

const MADE = new Date('2026-12-01T00:00:00.000Z');
const day = (n: number) => new Date(MADE.getTime() + n * 24 * 60 * 60 * 1000);

describe('invitations', () => {
  it('are valid for 14 days and expired from then on', () => {
    const invitation = { expiresAt: invitationExpiry(MADE) };
    expect(isExpired(invitation, day(13))).toBe(false);
    expect(isExpired(invitation, day(14))).toBe(true);
  });

  const sent = (state: SentInvitation['state'], answeredAt?: string): SentInvitation => ({
    id: newInvitationId(MADE, 'x'),
    organizationId: 'org-1',
    email: 'a@example.org',
    role: 'MEMBER',
    invitedBy: 'owner',
    createdAt: MADE.toISOString(),
    expiresAt: invitationExpiry(MADE),
    state,
    ...(answeredAt ? { answeredAt } : {}),
  });

  it('read as EXPIRED to the organization once a pending one is past its expiry; answered ones keep their answer', () => {
    expect(invitationStatusAt(sent('PENDING'), day(13))).toBe('PENDING');
    expect(invitationStatusAt(sent('PENDING'), day(14))).toBe('EXPIRED');
    expect(invitationStatusAt(sent('ACCEPTED', day(2).toISOString()), day(20))).toBe('ACCEPTED');
    expect(invitationStatusAt(sent('REVOKED', day(1).toISOString()), day(20))).toBe('REVOKED');
    const { state: _state, ...inviteeView } = sent('PENDING');
    expect(invitationStatusAt(inviteeView, day(1))).toBe('PENDING');
  });

  it('stay listed for their organization 30 days after the answer, or after the expiry when unanswered', () => {
    expect(sentInvitationKeptUntil(sent('PENDING'))).toBe(day(44).toISOString());
    expect(sentInvitationKeptUntil(sent('DECLINED', day(3).toISOString()))).toBe(day(33).toISOString());
  });

  it('have ids that sort by creation time', () => {
    const ids = [day(3), day(0), new Date(MADE.getTime() + 1)].map((at) => newInvitationId(at, 'ffff'));
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0]]);
    expect(newInvitationId(MADE, 'abc')).toBe('inv-20261201T000000000Z-abc');
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
