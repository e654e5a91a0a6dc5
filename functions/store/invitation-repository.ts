/**
 * An organization's invitations as its owners manage them: sending one (the
 * invitee's item and the organization's record in one transaction), reading
 * and listing the organization's records newest first from its own partition
 * (strongly consistent, bounded per page like every listing, never a Scan),
 * and answering one (decline, revoke) all or nothing. Accepting is a join
 * (membership-repository.ts), which answers the record in its transaction.
 */
import { DeleteCommand, GetCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { Invitation, InvitationStatus, SentInvitation } from '../core/membership/member-records.js';
import type { CursorCodec } from './cursor-codec.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { answerRecordUpdate, invitationTransaction, type InvitationAnswer } from './invitation-transactions.js';
import { epochSecondsOf } from './items/expiry.js';
import { num, parseItem, shape } from './items/item-parser.js';
import { invitationKey, MEMBERSHIP_SORT_PREFIX, organizationKey, sentInvitationKey } from './items/keys.js';
import { SENT_INVITATION_ITEM } from './items/membership-items.js';
import { queryListing, type ListingFilter } from './listing-query.js';
import { TABLE_DEFINITION } from './table-definition.js';
import { transactWrite } from './transact-write.js';
import type { Page } from './versioned-repository.js';
import { conditionHeld } from './write-conditions.js';

/** One page of an organization's invitations. */
export interface SentInvitationQuery {
  organizationId: string;
  /** Only invitations with this status at `now`; all when absent. */
  status?: InvitationStatus;
  first: number;
  after?: string | null | undefined;
  now: Date;
}

const TTL = TABLE_DEFINITION.timeToLiveAttribute;

/** Records still kept at `now` (TTL deletes late), with the status asked for: EXPIRED is PENDING past `expiresAt`. */
function statusFilter(status: InvitationStatus | undefined, now: Date): ListingFilter {
  const filter: ListingFilter = { clauses: ['#ttl >= :keptAt'], names: { '#ttl': TTL }, values: { ':keptAt': epochSecondsOf(now) } };
  if (!status) return filter;
  filter.clauses.push('#state = :state');
  filter.names['#state'] = 'state';
  filter.values[':state'] = status === 'EXPIRED' ? 'PENDING' : status;
  if (status === 'PENDING' || status === 'EXPIRED') {
    filter.clauses.push(status === 'PENDING' ? '#expiresAt > :now' : '#expiresAt <= :now');
    filter.names['#expiresAt'] = 'expiresAt';
    filter.values[':now'] = now.toISOString();
  }
  return filter;
}

const keptUntil = (item: Record<string, unknown>): number => parseItem(SENT_INVITATION_ITEM.entity, shape({ ttl: num }), item).ttl;

export class InvitationRepository {
  constructor(
    private readonly gateway: DynamoGateway,
    private readonly cursors: CursorCodec,
  ) {}

  /** Writes a new invitation: the invitee's item and the organization's PENDING record. */
  async create(invitation: Invitation): Promise<void> {
    const outcome = await transactWrite(this.gateway, invitationTransaction(this.gateway.tableName, invitation));
    // Ids are new and random: a failed condition means the id was reused, a bug rather than a caller's mistake.
    if (!outcome.ok) throw new Error(`Invitation ${invitation.id} already exists`);
  }

  /** The organization's record of an invitation (strongly consistent), or null when there is none or it is no longer kept. */
  async sent(organizationId: string, id: string, now: Date): Promise<SentInvitation | null> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: sentInvitationKey(organizationId, id), ConsistentRead: true }),
    );
    const item = output.Item;
    return item && keptUntil(item) >= epochSecondsOf(now) ? SENT_INVITATION_ITEM.parse(item) : null;
  }

  /** One page of the organization's invitations, newest first. */
  async listSent(query: SentInvitationQuery): Promise<Page<SentInvitation>> {
    const page = await queryListing(this.gateway, this.cursors, {
      partition: organizationKey(query.organizationId).pk,
      tableSortPrefix: MEMBERSHIP_SORT_PREFIX.invitation,
      filter: statusFilter(query.status, query.now),
      first: query.first,
      after: query.after,
      ascending: false,
    });
    const edges = page.entries.map((entry) => ({ cursor: entry.cursor, node: SENT_INVITATION_ITEM.parse(entry.item) }));
    return { edges, hasNextPage: page.hasNextPage, ...(page.endCursor ? { endCursor: page.endCursor } : {}) };
  }

  /**
   * Declines or revokes an open invitation: deletes the invitee's item and answers the organization's record in one
   * transaction; false when it was answered (or revoked) meanwhile, so nothing changed.
   */
  async answer(invitation: Invitation, answer: Exclude<InvitationAnswer, 'ACCEPTED'>, at: Date): Promise<boolean> {
    const tableName = this.gateway.tableName;
    const outcome = await transactWrite(this.gateway, [
      {
        Delete: { TableName: tableName, Key: invitationKey(invitation.email, invitation.id), ConditionExpression: 'attribute_exists(pk)' },
      },
      answerRecordUpdate(tableName, invitation, answer, at),
    ]);
    return outcome.ok;
  }

  /** Deletes the invitee's item of an invitation sent before organizations kept records (no record to answer). */
  deleteUnrecorded(invitation: Invitation): Promise<boolean> {
    const key = invitationKey(invitation.email, invitation.id);
    return conditionHeld(
      this.gateway.send(new DeleteCommand({ TableName: this.gateway.tableName, Key: key, ConditionExpression: 'attribute_exists(pk)' })),
    );
  }
}
