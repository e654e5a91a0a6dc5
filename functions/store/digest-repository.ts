/**
 * Digests in DynamoDB: the worker adds a notification id to a person's entry
 * in a period's queue (UpdateItem ADD to a set: a redelivery adds nothing);
 * the digest job Queries the period's queue partition page by page, claims
 * each person's DIGEST_SENT marker with a conditional put (a rerun finds it
 * and sends nothing) and reads the queued notifications by key. Never a Scan.
 */
import { PutCommand, QueryCommand, UpdateCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { DigestFrequency } from '../core/notifications/digest.js';
import type { Notification } from '../core/notifications/notification.js';
import { batchGetItems } from './batch-get.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { DIGEST_QUEUE_ITEM, digestSentItem, type DigestQueueEntry, type DigestSent } from './items/digest-items.js';
import { digestQueueKey, digestQueuePartition, keyString, notificationKey } from './items/keys.js';
import { notificationFromItem } from './items/notification-items.js';
import { conditionHeld, conditionParams, NOT_EXISTS } from './write-conditions.js';

/** Queue entries read per page. */
const QUEUE_PAGE = 100;

export class DigestRepository {
  constructor(private readonly gateway: DynamoGateway) {}

  /** Leaves a notification for the person's digest of the period. */
  async enqueue(frequency: DigestFrequency, period: string, subject: string, notificationId: string): Promise<void> {
    await this.gateway.send(
      new UpdateCommand({
        TableName: this.gateway.tableName,
        Key: digestQueueKey(frequency, period, subject),
        UpdateExpression: 'SET entity = :entity, subject = :subject, frequency = :frequency, period = :period ADD notificationIds :id',
        ExpressionAttributeValues: {
          ':entity': DIGEST_QUEUE_ITEM.entity,
          ':subject': subject,
          ':frequency': frequency,
          ':period': period,
          ':id': new Set([notificationId]),
        },
      }),
    );
  }

  /** Every entry of a period's queue, page by page (one Query per 100 people). */
  async *queue(frequency: DigestFrequency, period: string): AsyncGenerator<DigestQueueEntry[]> {
    let start: Record<string, unknown> | undefined;
    do {
      const output: QueryCommandOutput = await this.gateway.send<QueryCommandOutput>(
        new QueryCommand({
          TableName: this.gateway.tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': digestQueuePartition(frequency, period) },
          Limit: QUEUE_PAGE,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      );
      yield (output.Items ?? []).map((item) =>
        DIGEST_QUEUE_ITEM.parse({ ...item, notificationIds: [...(item.notificationIds as Set<string>)].sort() }),
      );
      start = output.LastEvaluatedKey;
    } while (start);
  }

  /** Claims the person's digest of the period: false when it was sent (or claimed) before. */
  claim(marker: DigestSent): Promise<boolean> {
    return conditionHeld(
      this.gateway.send(
        new PutCommand({ TableName: this.gateway.tableName, Item: digestSentItem(marker), ...conditionParams(NOT_EXISTS) }),
      ),
    );
  }

  /** The queued notifications that still exist (⌈n / 100⌉ BatchGetItem calls). */
  async notifications(subject: string, ids: readonly string[]): Promise<Notification[]> {
    const found = await batchGetItems(
      this.gateway,
      ids.map((id) => notificationKey(subject, id)),
    );
    return ids.flatMap((id) => {
      const item = found.get(keyString(notificationKey(subject, id)));
      return item ? [notificationFromItem(item)] : [];
    });
  }
}
