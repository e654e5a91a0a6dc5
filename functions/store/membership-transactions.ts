/**
 * Pure builders of the membership writes, each one TransactWriteItems: join
 * (both membership items, the counts, and the invitation or join request it
 * consumes), leave, change of role, and the registrant's first membership.
 * The last-owner rule is a condition on the organization's count item, so two
 * owners leaving at once cannot both succeed.
 */
import type { MemberRole } from '../core/access/membership.js';
import type { MemberRecord } from '../core/membership/member-records.js';
import { MEMBER_COUNT_ITEM, membershipItems, PERSON_ITEM } from './items/membership-items.js';
import { memberCountKey, organizationMemberKey, personKey, personMembershipKey, type ItemKey } from './items/keys.js';
import type { TransactItem } from './transaction-plan.js';
import { conditionParams, existsUnexpired } from './write-conditions.js';

/** Where each part of a membership transaction sits, so a failed condition can be named. */
export const POSITION = { member: 0, count: 2, consumed: 3 } as const;

const ownerDelta = (role: MemberRole): number => (role === 'OWNER' ? 1 : 0);

/** Adds to the counts; with `keepOwner`, only while another owner remains. */
function countUpdate(tableName: string, organizationId: string, owners: number, members: number, keepOwner: boolean): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: memberCountKey(organizationId),
      UpdateExpression: 'ADD #owners :owners, #members :members SET #entity = :entity',
      ...(keepOwner ? { ConditionExpression: '#owners > :one' } : {}),
      ExpressionAttributeNames: { '#owners': 'owners', '#members': 'members', '#entity': 'entity' },
      ExpressionAttributeValues: {
        ':owners': owners,
        ':members': members,
        ':entity': MEMBER_COUNT_ITEM.entity,
        ...(keepOwner ? { ':one': 1 } : {}),
      },
    },
  };
}

/**
 * A new membership: fails if the person already belongs; `consumed` (invitation, join request) must still exist.
 * `expiringAt`: the request's clock when `consumed` has a TTL (an invitation): an expired one counts as gone.
 */
export function joinTransaction(tableName: string, record: MemberRecord, consumed?: ItemKey, expiringAt?: Date): TransactItem[] {
  const [member, membership] = membershipItems(record);
  const stillThere = expiringAt ? conditionParams(existsUnexpired(expiringAt)) : { ConditionExpression: 'attribute_exists(pk)' };
  return [
    { Put: { TableName: tableName, Item: member, ConditionExpression: 'attribute_not_exists(pk)' } },
    { Put: { TableName: tableName, Item: membership } },
    countUpdate(tableName, record.organizationId, ownerDelta(record.role), 1, false),
    ...(consumed ? [{ Delete: { TableName: tableName, Key: consumed, ...stillThere } }] : []),
  ];
}

/** The registrant's membership, serialized per person: `registrations` must still be what was read. */
export function registrantTransaction(tableName: string, record: MemberRecord, registrationsRead: number): TransactItem[] {
  return [
    ...joinTransaction(tableName, record),
    {
      Update: {
        TableName: tableName,
        Key: personKey(record.subject),
        UpdateExpression: 'SET #registrations = :next, #subject = :subject, #entity = :entity',
        ConditionExpression: 'attribute_not_exists(pk) OR #registrations = :read',
        ExpressionAttributeNames: { '#registrations': 'registrations', '#subject': 'subject', '#entity': 'entity' },
        ExpressionAttributeValues: {
          ':next': registrationsRead + 1,
          ':read': registrationsRead,
          ':subject': record.subject,
          ':entity': PERSON_ITEM.entity,
        },
      },
    },
  ];
}

const roleIs = (role: MemberRole) => ({
  ConditionExpression: '#role = :role',
  ExpressionAttributeNames: { '#role': 'role' },
  ExpressionAttributeValues: { ':role': role },
});

/** Ends a membership, if its role is still what was read; an owner only while another owner remains. */
export function leaveTransaction(tableName: string, record: MemberRecord): TransactItem[] {
  return [
    { Delete: { TableName: tableName, Key: organizationMemberKey(record.organizationId, record.subject), ...roleIs(record.role) } },
    { Delete: { TableName: tableName, Key: personMembershipKey(record.subject, record.organizationId) } },
    countUpdate(tableName, record.organizationId, -ownerDelta(record.role), -1, record.role === 'OWNER'),
  ];
}

function setRole(tableName: string, key: ItemKey, role: MemberRole, expected?: MemberRole): TransactItem {
  const condition = expected ? roleIs(expected) : undefined;
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: 'SET #role = :next',
      ...(condition ? { ConditionExpression: condition.ConditionExpression } : {}),
      ExpressionAttributeNames: { '#role': 'role' },
      ExpressionAttributeValues: { ':next': role, ...(condition ? condition.ExpressionAttributeValues : {}) },
    },
  };
}

/** Changes a member's role, if it is still what was read; demoting an owner only while another owner remains. */
export function roleChangeTransaction(tableName: string, record: MemberRecord, role: MemberRole): TransactItem[] {
  const delta = ownerDelta(role) - ownerDelta(record.role);
  return [
    setRole(tableName, organizationMemberKey(record.organizationId, record.subject), role, record.role),
    setRole(tableName, personMembershipKey(record.subject, record.organizationId), role),
    countUpdate(tableName, record.organizationId, delta, 0, delta < 0),
  ];
}
