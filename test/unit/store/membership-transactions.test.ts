import { describe, expect, it } from 'vitest';
import { joinTransaction, leaveTransaction, POSITION, roleChangeTransaction } from '../../../functions/store/membership-transactions.js';
import type { MemberRecord } from '../../../functions/core/membership/member-records.js';

const owner: MemberRecord = { organizationId: 'org-1', subject: 'sub-1', role: 'OWNER', since: '2026-12-01T00:00:00.000Z' };
const member: MemberRecord = { ...owner, subject: 'sub-2', role: 'MEMBER' };

describe('membership transactions', () => {
  it('joins with both items, the counts, and the invitation it answers, which must still exist', () => {
    const items = joinTransaction('t', owner, { pk: 'INVITEE#a@b.example', sk: 'INVITATION#inv-1' });
    expect(items[POSITION.member]?.Put?.Item).toMatchObject({ pk: 'ORG#org-1', sk: 'MEMBER#sub-1', role: 'OWNER' });
    expect(items[1]?.Put?.Item).toMatchObject({ pk: 'PERSON#sub-1', sk: 'MEMBERSHIP#org-1' });
    expect(items[POSITION.count]?.Update?.ExpressionAttributeValues).toMatchObject({ ':owners': 1, ':members': 1 });
    expect(items[POSITION.consumed]?.Delete).toMatchObject({
      Key: { pk: 'INVITEE#a@b.example', sk: 'INVITATION#inv-1' },
      ConditionExpression: 'attribute_exists(pk)',
    });
  });

  it('consumes an invitation only while it has not expired at the request time, whether or not TTL has deleted it', () => {
    const items = joinTransaction('t', owner, { pk: 'INVITEE#a@b.example', sk: 'INVITATION#inv-1' }, new Date('2026-12-01T00:00:00.000Z'));
    expect(items[POSITION.consumed]?.Delete).toMatchObject({
      ConditionExpression: 'attribute_exists(pk) AND #ttl >= :now',
      ExpressionAttributeNames: { '#ttl': 'ttl' },
      ExpressionAttributeValues: { ':now': Date.parse('2026-12-01T00:00:00.000Z') / 1000 },
    });
  });

  it('lets an owner leave only while another owner remains', () => {
    expect(leaveTransaction('t', owner)[POSITION.count]?.Update).toMatchObject({
      ConditionExpression: '#owners > :one',
      ExpressionAttributeValues: expect.objectContaining({ ':owners': -1 }),
    });
    expect(leaveTransaction('t', member)[POSITION.count]?.Update?.ConditionExpression).toBeUndefined();
  });

  it('guards demotion of an owner, not promotion of a member', () => {
    expect(roleChangeTransaction('t', owner, 'MEMBER')[POSITION.count]?.Update?.ConditionExpression).toBe('#owners > :one');
    expect(roleChangeTransaction('t', member, 'OWNER')[POSITION.count]?.Update).toMatchObject({
      ExpressionAttributeValues: expect.objectContaining({ ':owners': 1 }),
    });
    expect(roleChangeTransaction('t', member, 'OWNER')[POSITION.member]?.Update?.ExpressionAttributeValues).toMatchObject({
      ':role': 'MEMBER',
      ':next': 'OWNER',
    });
  });
});
