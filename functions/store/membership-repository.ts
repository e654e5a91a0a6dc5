/**
 * Memberships, invitations and join requests in the table: strongly
 * consistent reads of one partition (a person's memberships, an
 * organization's members and join requests, an email's invitations) and the
 * all-or-nothing writes of membership-transactions.ts. Failed conditions come
 * back as CONFLICT saying what changed and what to do.
 */
import { DeleteCommand, GetCommand, PutCommand, type GetCommandOutput, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { MemberRole, Membership } from '../core/access/membership.js';
import { ConflictError } from '../core/errors.js';
import type { Invitation, JoinRequest, MemberRecord } from '../core/membership/member-records.js';
import { batchWriteItems } from './batch-write.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import type { ReadItemType } from './items/item-type.js';
import {
  INVITATION_ITEM,
  JOIN_REQUEST_ITEM,
  joinRequestItem,
  MEMBER_COUNT_ITEM,
  membershipItems,
  ORGANIZATION_MEMBER_ITEM,
  PERSON_ITEM,
  PERSON_MEMBERSHIP_ITEM,
  type MemberCount,
} from './items/membership-items.js';
import {
  invitationKey,
  inviteePartition,
  joinRequestKey,
  memberCountKey,
  MEMBERSHIP_SORT_PREFIX,
  organizationKey,
  organizationMemberKey,
  personKey,
  personPartition,
  type ItemKey,
} from './items/keys.js';
import { conditionCheck, organizationNotSuspended, throwIfGuardFailed, type WriteGuard } from './write-guards.js';
import { answerRecordUpdate } from './invitation-transactions.js';
import { joinTransaction, leaveTransaction, POSITION, registrantTransaction, roleChangeTransaction } from './membership-transactions.js';
import { queryPages } from './paged-query.js';
import type { TransactItem } from './transaction-plan.js';
import { transactWrite } from './transact-write.js';
import { conditionHeld } from './write-conditions.js';
import { hasExpired } from './items/expiry.js';
import { num, parseItem, shape } from './items/item-parser.js';

/** An invitation read back, judged against the request's clock. */
export interface StoredInvitation {
  invitation: Invitation;
  expired: boolean;
}

/** Invitation items with the `ttl` their expiry is judged by (expiry.ts). */
const INVITATION_ITEM_WITH_TTL: ReadItemType<{ item: Invitation; ttl: number }> = {
  ...INVITATION_ITEM,
  parse: (item) => ({
    item: INVITATION_ITEM.parse(item),
    ttl: parseItem(INVITATION_ITEM.entity, shape<{ ttl: number }>({ ttl: num }), item).ttl,
  }),
};

/**
 * What a new membership answers: an invitation or a join request, deleted in the same transaction. An invitation
 * `recorded` in its organization's partition has that record answered too (ACCEPTED) in the same transaction.
 */
export type ConsumedRequest = { invitation: Invitation; recorded: boolean } | { joinRequest: JoinRequest };

/** The last-owner rule refused the change. */
export function lastOwner(organizationId: string): ConflictError {
  return new ConflictError(`This would leave ${organizationId} without an owner; make another member an owner first (changeMemberRole)`, {
    organizationId,
    reason: 'LAST_OWNER',
  });
}

export class MembershipRepository {
  constructor(private readonly gateway: DynamoGateway) {}

  /** A person's memberships: one strongly consistent Query of their partition. */
  async membershipsOf(subject: string): Promise<Membership[]> {
    const records = await this.queryAll(personPartition(subject), MEMBERSHIP_SORT_PREFIX.membership, PERSON_MEMBERSHIP_ITEM);
    return records.map(({ organizationId, role }) => ({ organizationId, role }));
  }

  /** An organization's members: one Query of its partition. */
  membersOf(organizationId: string): Promise<MemberRecord[]> {
    return this.queryAll(organizationKey(organizationId).pk, MEMBERSHIP_SORT_PREFIX.member, ORGANIZATION_MEMBER_ITEM);
  }

  /** An organization's open join requests. */
  joinRequestsOf(organizationId: string): Promise<JoinRequest[]> {
    return this.queryAll(organizationKey(organizationId).pk, MEMBERSHIP_SORT_PREFIX.joinRequest, JOIN_REQUEST_ITEM);
  }

  /** Invitations to an email that have not expired at `now`, whether or not TTL has deleted the expired ones yet. */
  async invitationsFor(email: string, now: Date): Promise<Invitation[]> {
    const items = await this.queryAll(inviteePartition(email), MEMBERSHIP_SORT_PREFIX.invitation, INVITATION_ITEM_WITH_TTL);
    return items.flatMap(({ item, ttl }) => (hasExpired(ttl, now) ? [] : [item]));
  }

  member(organizationId: string, subject: string): Promise<MemberRecord | null> {
    return this.getOne(organizationMemberKey(organizationId, subject), ORGANIZATION_MEMBER_ITEM);
  }

  /** An invitation as stored, with whether it has expired at `now` (TTL deletes it only eventually). */
  async invitation(email: string, id: string, now: Date): Promise<StoredInvitation | null> {
    const found = await this.getOne(invitationKey(email, id), INVITATION_ITEM_WITH_TTL);
    return found ? { invitation: found.item, expired: hasExpired(found.ttl, now) } : null;
  }

  joinRequest(organizationId: string, subject: string): Promise<JoinRequest | null> {
    return this.getOne(joinRequestKey(organizationId, subject), JOIN_REQUEST_ITEM);
  }

  /** Owner and member counts (zero when nobody ever joined). */
  async memberCount(organizationId: string): Promise<MemberCount> {
    return (await this.getOne(memberCountKey(organizationId), MEMBER_COUNT_ITEM)) ?? { owners: 0, members: 0 };
  }

  /** How many organizations the person has registered. */
  async registrationsOf(subject: string): Promise<number> {
    return (await this.getOne(personKey(subject), PERSON_ITEM))?.registrations ?? 0;
  }

  /** The registrant's membership, as writes of the organization's own registration transaction. */
  registrantWrites(record: MemberRecord, registrationsRead: number): TransactItem[] {
    return registrantTransaction(this.gateway.tableName, record, registrationsRead);
  }

  /**
   * Adds a member, consuming an invitation or join request when given (CONFLICT if already a member or it is gone).
   * An invitation must also be unexpired at the join's time (`record.since`, the request's clock).
   */
  async join(record: MemberRecord, consumed?: ConsumedRequest): Promise<void> {
    const invited = consumed && 'invitation' in consumed ? consumed.invitation : undefined;
    const key = invited
      ? invitationKey(invited.email, invited.id)
      : consumed && 'joinRequest' in consumed
        ? joinRequestKey(consumed.joinRequest.organizationId, consumed.joinRequest.subject)
        : undefined;
    // A suspended organization takes no new members (checked in the same transaction).
    const guards = [organizationNotSuspended(record.organizationId)];
    const at = invited ? new Date(record.since) : undefined;
    const answered = invited && at && consumed && 'recorded' in consumed && consumed.recorded;
    const transaction = [
      ...joinTransaction(this.gateway.tableName, record, key, at),
      ...(answered ? [answerRecordUpdate(this.gateway.tableName, invited, 'ACCEPTED', at)] : []),
      ...guards.map((guard) => conditionCheck(this.gateway.tableName, guard)),
    ];
    const outcome = await transactWrite(this.gateway, transaction);
    if (outcome.ok) return;
    throwIfGuardFailed(outcome.failedConditions, transaction.length, guards);
    if (outcome.failedConditions.includes(POSITION.member)) {
      throw new ConflictError(`${record.subject} is already a member of ${record.organizationId}`, {
        organizationId: record.organizationId,
      });
    }
    const what = consumed && 'invitation' in consumed ? 'invitation' : 'join request';
    throw new ConflictError(`The ${what} was answered or withdrawn meanwhile; reload it`, { organizationId: record.organizationId });
  }

  /** Ends a membership (the last-owner rule applies). */
  async leave(record: MemberRecord): Promise<void> {
    await this.conditional(leaveTransaction(this.gateway.tableName, record), record);
  }

  /** Changes a member's role (the last-owner rule applies; a suspended organization's roles stay as they are). */
  async changeRole(record: MemberRecord, role: MemberRole): Promise<void> {
    await this.conditional(roleChangeTransaction(this.gateway.tableName, record, role), record, [
      organizationNotSuspended(record.organizationId),
    ]);
  }

  /**
   * Loads memberships as they are, with their organizations' counts (data-set loading only: the
   * counts assume these are all the organizations' members).
   */
  async importMembers(records: readonly MemberRecord[]): Promise<void> {
    const counts = new Map<string, MemberCount>();
    for (const record of records) {
      const count = counts.get(record.organizationId) ?? { owners: 0, members: 0 };
      counts.set(record.organizationId, { owners: count.owners + (record.role === 'OWNER' ? 1 : 0), members: count.members + 1 });
    }
    const countItems = [...counts].map(([organizationId, count]) => ({
      ...memberCountKey(organizationId),
      entity: MEMBER_COUNT_ITEM.entity,
      ...count,
    }));
    await batchWriteItems(this.gateway, [...records.flatMap((record) => membershipItems(record)), ...countItems]);
  }

  /** Writes (or renews) a person's join request. */
  async putJoinRequest(request: JoinRequest): Promise<void> {
    await this.gateway.send(new PutCommand({ TableName: this.gateway.tableName, Item: joinRequestItem(request) }));
  }

  /** Deletes a join request; false when it was already gone. */
  deleteJoinRequest(organizationId: string, subject: string): Promise<boolean> {
    return this.deleteIfPresent(joinRequestKey(organizationId, subject));
  }

  /** Deletes one item; false when it was already gone (so two deciders cannot both act on it). */
  private deleteIfPresent(key: ItemKey): Promise<boolean> {
    return conditionHeld(
      this.gateway.send(new DeleteCommand({ TableName: this.gateway.tableName, Key: key, ConditionExpression: 'attribute_exists(pk)' })),
    );
  }

  private async conditional(items: TransactItem[], record: MemberRecord, guards: readonly WriteGuard[] = []): Promise<void> {
    const transaction = [...items, ...guards.map((guard) => conditionCheck(this.gateway.tableName, guard))];
    const outcome = await transactWrite(this.gateway, transaction);
    if (outcome.ok) return;
    throwIfGuardFailed(outcome.failedConditions, transaction.length, guards);
    if (outcome.failedConditions.includes(POSITION.member)) {
      throw new ConflictError(
        `The membership of ${record.subject} in ${record.organizationId} changed meanwhile; reload the members and retry`,
        {
          organizationId: record.organizationId,
        },
      );
    }
    throw lastOwner(record.organizationId);
  }

  private async getOne<T>(key: ItemKey, type: ReadItemType<T>): Promise<T | null> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: key, ConsistentRead: true }),
    );
    return output.Item ? type.parse(output.Item) : null;
  }

  private async queryAll<T>(partition: string, sortPrefix: string, type: ReadItemType<T>): Promise<T[]> {
    const params = (): QueryCommandInput => ({
      TableName: this.gateway.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': partition, ':prefix': sortPrefix },
      ConsistentRead: true,
    });
    const found: T[] = [];
    for await (const output of queryPages(this.gateway, params)) found.push(...(output.Items ?? []).map((item) => type.parse(item)));
    return found;
  }
}
