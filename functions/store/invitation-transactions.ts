/**
 * Pure builders of the invitation writes. An invitation is two items written
 * together: the invitee's (what they read and accept, keyed by their email)
 * and the organization's record (what its owners list, with the state).
 * Every answer (accept, decline, revoke) deletes the invitee's item and moves
 * the record out of PENDING in one transaction, each conditional, so two
 * answers cannot both win.
 */
import { sentInvitationKeptUntil, type Invitation, type InvitationState } from '../core/membership/member-records.js';
import { invitationItem, sentInvitationItem } from './items/membership-items.js';
import { sentInvitationKey } from './items/keys.js';
import { epochSecondsOf } from './items/expiry.js';
import { TABLE_DEFINITION } from './table-definition.js';
import type { TransactItem } from './transaction-plan.js';
import { conditionParams, NOT_EXISTS } from './write-conditions.js';

/** How an open invitation can be answered. */
export type InvitationAnswer = Exclude<InvitationState, 'PENDING'>;

/** A new invitation: the invitee's item and the organization's PENDING record, neither existing yet. */
export function invitationTransaction(tableName: string, invitation: Invitation): TransactItem[] {
  return [
    { Put: { TableName: tableName, Item: invitationItem(invitation), ...conditionParams(NOT_EXISTS) } },
    { Put: { TableName: tableName, Item: sentInvitationItem({ ...invitation, state: 'PENDING' }), ...conditionParams(NOT_EXISTS) } },
  ];
}

/** The organization's record answered at `at`, only while still PENDING; kept for the retention from then on. */
export function answerRecordUpdate(tableName: string, invitation: Invitation, answer: InvitationAnswer, at: Date): TransactItem {
  const answeredAt = at.toISOString();
  const keptUntil = sentInvitationKeptUntil({ ...invitation, state: answer, answeredAt });
  return {
    Update: {
      TableName: tableName,
      Key: sentInvitationKey(invitation.organizationId, invitation.id),
      UpdateExpression: 'SET #state = :answer, #answeredAt = :at, #ttl = :ttl',
      ConditionExpression: '#state = :pending',
      ExpressionAttributeNames: { '#state': 'state', '#answeredAt': 'answeredAt', '#ttl': TABLE_DEFINITION.timeToLiveAttribute },
      ExpressionAttributeValues: {
        ':answer': answer,
        ':at': answeredAt,
        ':ttl': epochSecondsOf(new Date(keptUntil)),
        ':pending': 'PENDING',
      },
    },
  };
}
