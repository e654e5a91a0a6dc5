/**
 * Notifications in DynamoDB: written once per source event (a conditional
 * put, so a stream record delivered twice writes nothing the second time),
 * listed newest first from the recipient's inbox partition or, unread only,
 * from its sparse gsi1 partition, counted there, and marked read in one
 * transaction. Never a Scan.
 */
import {
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type GetCommandOutput,
  type QueryCommandInput,
  type QueryCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import type { NotificationPreferences } from '../core/notifications/notification-preferences.js';
import { NOTIFICATION_PREFERENCES_ITEM, notificationPreferencesItem } from './items/notification-preference-items.js';
import { NotFoundError } from '../core/errors.js';
import { MAX_MARK_READ_IDS, type Notification } from '../core/notifications/notification.js';
import type { CursorCodec } from './cursor-codec.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import {
  invitationKey,
  INDEXES,
  NOTIFICATION_SORT_PREFIX,
  inboxPartition,
  notificationKey,
  notificationPreferencesKey,
  unreadPartition,
  type ItemKey,
} from './items/keys.js';
import { notificationFromItem, notificationItem } from './items/notification-items.js';
import { queryPages } from './paged-query.js';
import { transactWrite } from './transact-write.js';
import type { TransactItem } from './transaction-plan.js';
import { conditionHeld, conditionParams, NOT_EXISTS } from './write-conditions.js';

/** The unread count stops here ("100+" in a client): an inbox is never counted item by item without bound. */
export const UNREAD_COUNT_LIMIT = 1000;

export interface NotificationListRequest {
  /** The reader. */
  subject: string;
  unreadOnly: boolean;
  first: number;
  after?: string | null;
}

export interface NotificationPage {
  edges: { cursor: string; node: Notification }[];
  hasNextPage: boolean;
  endCursor: string | null;
}

const GSI1 = INDEXES.gsi1;

/** The Query of one page of an inbox (or its unread part), newest first. */
function listParams(tableName: string, request: NotificationListRequest): QueryCommandInput {
  const partition = request.unreadOnly ? unreadPartition(request.subject) : inboxPartition(request.subject);
  const pkName = request.unreadOnly ? GSI1.pk : 'pk';
  // The inbox partition also holds the preferences item: read only the notifications' sort keys.
  const skName = request.unreadOnly ? GSI1.sk : 'sk';
  return {
    TableName: tableName,
    ...(request.unreadOnly ? { IndexName: GSI1.indexName } : {}),
    KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :note)',
    ExpressionAttributeNames: { '#pk': pkName, '#sk': skName },
    ExpressionAttributeValues: { ':pk': partition, ':note': NOTIFICATION_SORT_PREFIX },
    ScanIndexForward: false,
    Limit: request.first + 1,
  };
}

/** Where a cursor of this list may continue (a cursor is valid for its own list only). */
const cursorPartition = (request: NotificationListRequest): string =>
  request.unreadOnly ? unreadPartition(request.subject) : inboxPartition(request.subject);

/** The key DynamoDB continues after, for an item of the list. */
function positionOf(item: Record<string, unknown>, unreadOnly: boolean): Record<string, string> {
  const key: Record<string, string> = { pk: String(item.pk), sk: String(item.sk) };
  return unreadOnly ? { ...key, [GSI1.pk]: String(item[GSI1.pk]), [GSI1.sk]: String(item[GSI1.sk]) } : key;
}

/** The transaction item that marks one notification read: it leaves the unread index; it must exist. */
function markReadItem(tableName: string, key: ItemKey, now: Date): TransactItem {
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: 'SET readAt = if_not_exists(readAt, :now) REMOVE #gpk, #gsk',
      ConditionExpression: 'attribute_exists(pk)',
      ExpressionAttributeNames: { '#gpk': GSI1.pk, '#gsk': GSI1.sk },
      ExpressionAttributeValues: { ':now': now.toISOString() },
    },
  };
}

export class NotificationRepository {
  constructor(
    private readonly gateway: DynamoGateway,
    private readonly cursors: CursorCodec,
  ) {}

  /** Writes the notification unless one with its key exists; false when it did (a replayed event). */
  putOnce(notification: Notification): Promise<boolean> {
    const put = new PutCommand({ TableName: this.gateway.tableName, Item: notificationItem(notification), ...conditionParams(NOT_EXISTS) });
    return conditionHeld(this.gateway.send(put));
  }

  /** One notification of a reader (strongly consistent), or null. */
  async get(subject: string, id: string): Promise<Notification | null> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: notificationKey(subject, id), ConsistentRead: true }),
    );
    return output.Item ? notificationFromItem(output.Item) : null;
  }

  /** Records that a notification was mailed; false when it already was (another delivery mailed it). */
  markMailed(notification: Pick<Notification, 'recipientSubject' | 'id'>, at: Date): Promise<boolean> {
    const update = new UpdateCommand({
      TableName: this.gateway.tableName,
      Key: notificationKey(notification.recipientSubject, notification.id),
      UpdateExpression: 'SET mailedAt = :at',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(mailedAt)',
      ExpressionAttributeValues: { ':at': at.toISOString() },
    });
    return conditionHeld(this.gateway.send(update));
  }

  /** Whether the invitation's mail was sent (its `mailedAt`), read strongly consistent. */
  async invitationMailed(email: string, id: string): Promise<boolean> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({
        TableName: this.gateway.tableName,
        Key: invitationKey(email, id),
        ConsistentRead: true,
        ProjectionExpression: 'mailedAt',
      }),
    );
    return typeof output.Item?.mailedAt === 'string';
  }

  /** Records that the invitation was mailed; false when it already was or the invitation is gone. */
  markInvitationMailed(email: string, id: string, at: Date): Promise<boolean> {
    const update = new UpdateCommand({
      TableName: this.gateway.tableName,
      Key: invitationKey(email, id),
      UpdateExpression: 'SET mailedAt = :at',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(mailedAt)',
      ExpressionAttributeValues: { ':at': at.toISOString() },
    });
    return conditionHeld(this.gateway.send(update));
  }

  /** A person's stored preferences, or null when they never set any. */
  async preferences(subject: string): Promise<NotificationPreferences | null> {
    const key = notificationPreferencesKey(subject);
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: key, ConsistentRead: true }),
    );
    return output.Item ? NOTIFICATION_PREFERENCES_ITEM.parse(output.Item) : null;
  }

  /** Stores a person's preferences (the whole value: one item, so the write is all or nothing). */
  async putPreferences(preferences: NotificationPreferences): Promise<void> {
    await this.gateway.send(new PutCommand({ TableName: this.gateway.tableName, Item: notificationPreferencesItem(preferences) }));
  }

  /** One page of a recipient's notifications, newest first. */
  async list(request: NotificationListRequest): Promise<NotificationPage> {
    const partition = cursorPartition(request);
    const from = request.after ? this.cursors.decode(request.after, partition).key : undefined;
    const params = { ...listParams(this.gateway.tableName, request), ...(from ? { ExclusiveStartKey: from } : {}) };
    const output = await this.gateway.send<QueryCommandOutput>(new QueryCommand(params));
    const items = output.Items ?? [];
    const page = items.slice(0, request.first);
    const edges = page.map((item) => ({
      cursor: this.cursors.encode({ partition, key: positionOf(item, request.unreadOnly) }),
      node: notificationFromItem(item),
    }));
    return { edges, hasNextPage: items.length > request.first, endCursor: edges.at(-1)?.cursor ?? null };
  }

  /** How many unread notifications a recipient has, up to UNREAD_COUNT_LIMIT. */
  async countUnread(subject: string): Promise<number> {
    let count = 0;
    const params = (): QueryCommandInput => ({
      TableName: this.gateway.tableName,
      IndexName: GSI1.indexName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': GSI1.pk },
      ExpressionAttributeValues: { ':pk': unreadPartition(subject) },
      Select: 'COUNT',
      Limit: UNREAD_COUNT_LIMIT - count,
    });
    for await (const output of queryPages(this.gateway, params)) {
      count += output.Count ?? 0;
      if (count >= UNREAD_COUNT_LIMIT) return UNREAD_COUNT_LIMIT;
    }
    return count;
  }

  /**
   * Marks the named notifications of a recipient read, all or none: an id
   * that names no notification of this reader is NOT_FOUND and nothing changes.
   */
  async markRead(subject: string, ids: readonly string[], now: Date): Promise<number> {
    if (ids.length === 0) return 0;
    if (ids.length > MAX_MARK_READ_IDS) throw new Error(`At most ${MAX_MARK_READ_IDS} notifications per transaction`);
    const items = ids.map((id) => markReadItem(this.gateway.tableName, notificationKey(subject, id), now));
    const outcome = await transactWrite(this.gateway, items);
    if (!outcome.ok) throw new NotFoundError('Notification', ids[outcome.failedConditions[0] ?? 0] ?? '');
    return ids.length;
  }

  /**
   * Marks every unread notification of a recipient read, a transaction per
   * MAX_MARK_READ_IDS. Not one transaction overall (an inbox may hold more than
   * DynamoDB's 100-item limit), but each step is idempotent, so a retry after a
   * failure finishes the job. Returns how many were marked.
   */
  async markAllRead(subject: string, now: Date): Promise<number> {
    const ids: string[] = [];
    const params = (): QueryCommandInput => ({
      TableName: this.gateway.tableName,
      IndexName: GSI1.indexName,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': GSI1.pk, '#id': 'id' },
      ExpressionAttributeValues: { ':pk': unreadPartition(subject) },
      ProjectionExpression: '#id',
    });
    for await (const output of queryPages(this.gateway, params)) ids.push(...(output.Items ?? []).map((item) => String(item.id)));
    for (let start = 0; start < ids.length; start += MAX_MARK_READ_IDS) {
      await this.markRead(subject, ids.slice(start, start + MAX_MARK_READ_IDS), now);
    }
    return ids.length;
  }
}
