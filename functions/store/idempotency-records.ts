/**
 * Idempotency records: a create carrying a client-supplied key writes, in the
 * same transaction, a record naming its result, on condition that none exists.
 * A retry finds the record and returns the first result instead of a duplicate.
 * Records expire through TTL after IDEMPOTENCY_WINDOW_SECONDS.
 */
import { createHash } from 'node:crypto';
import { idempotencyKey, type Item } from './item-keys.js';
import type { TransactItem } from './transaction-plan.js';

/** How long a key is remembered: long enough for any client's retries. */
export const IDEMPOTENCY_WINDOW_SECONDS = 24 * 60 * 60;

export const IDEMPOTENCY_ENTITY = 'IDEMPOTENCY';

export interface IdempotencyRequest {
  /** The operation, e.g. `registerOrganization`. */
  operation: string;
  /** Who asks: keys are per caller, so one caller cannot replay another's. */
  scope: string;
  key: string;
  /** What was asked: a retry with the same key but different content is a CONFLICT. */
  payload: unknown;
}

export function fingerprintOf(payload: unknown): string {
  return createHash('sha256').update(JSON.stringify(payload)).digest('base64url');
}

export function idempotencyItem(request: IdempotencyRequest, resultId: string, now: Date): Item {
  return {
    ...idempotencyKey(request.operation, request.scope, request.key),
    entity: IDEMPOTENCY_ENTITY,
    resultId,
    fingerprint: fingerprintOf(request.payload),
    ttl: Math.floor(now.getTime() / 1000) + IDEMPOTENCY_WINDOW_SECONDS,
  };
}

export function putIdempotencyRecord(tableName: string, item: Item): TransactItem {
  return { Put: { TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } };
}
