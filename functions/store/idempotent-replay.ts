/**
 * Both halves of idempotent creation: the record a create writes in its own
 * transaction (on condition that none exists), and the replay when it already
 * exists: read it and hand back the id of the first result, or fail with
 * CONFLICT when the key was first used for different content. A record past
 * its window counts as absent, whether or not TTL has deleted it yet.
 */
import { GetCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../core/errors.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { fingerprintOf, IDEMPOTENCY_ITEM, idempotencyItem, type IdempotencyRequest } from './items/idempotency-items.js';
import { hasExpired } from './items/expiry.js';
import { idempotencyKey } from './items/keys.js';
import { conditionalPut, type TransactItem } from './transaction-plan.js';
import { notExistsOrExpired } from './write-conditions.js';

/** The transaction item recording a create's idempotency key; it fails its condition on a replay within the window. */
export function putIdempotencyRecord(tableName: string, request: IdempotencyRequest, resultId: string, now: Date): TransactItem {
  return conditionalPut(tableName, idempotencyItem(request, resultId, now), notExistsOrExpired(now));
}

/** The id the first request with this key created; CONFLICT for different content, or when no live record is found. */
export async function replayedResultId(gateway: DynamoGateway, request: IdempotencyRequest, now: Date): Promise<string> {
  const output = await gateway.send<GetCommandOutput>(
    new GetCommand({
      TableName: gateway.tableName,
      Key: idempotencyKey(request.operation, request.scope, request.key),
      ConsistentRead: true,
    }),
  );
  const live = output.Item && !hasExpired(IDEMPOTENCY_ITEM.parse(output.Item).ttl, now) ? output.Item : undefined;
  if (!live) throw new ConflictError('The idempotency key is being used by a concurrent request; retry', { idempotencyKey: request.key });
  const record = IDEMPOTENCY_ITEM.parse(live);
  if (record.fingerprint !== fingerprintOf(request.payload)) {
    throw new ConflictError('This idempotencyKey was already used for a different request', { idempotencyKey: request.key });
  }
  return record.resultId;
}
