/**
 * Idempotency records (`IDEMPOTENCY#<operation>#<scope>#<key>` /
 * `IDEMPOTENCY`): a create carrying a client-supplied key writes, in the same
 * transaction, a record naming its result. A retry finds the record and
 * returns the first result instead of a duplicate. Records expire after
 * IDEMPOTENCY_WINDOW_SECONDS: readers and the create's condition treat an
 * expired record as absent (./expiry.ts); TTL deletes it later.
 */
import { createHash } from 'node:crypto';
import { num, shape, str } from './item-parser.js';
import { epochSecondsOf } from './expiry.js';
import { declareItemType } from './item-type.js';
import { idempotencyKey, type Item } from './keys.js';

/** How long a key is remembered: long enough for any client's retries. */
export const IDEMPOTENCY_WINDOW_SECONDS = 24 * 60 * 60;

export interface IdempotencyRequest {
  /** The operation, e.g. `registerOrganization`. */
  operation: string;
  /** Who asks: keys are per caller, so one caller cannot replay another's. */
  scope: string;
  key: string;
  /** What was asked: a retry with the same key but different content is a CONFLICT. */
  payload: unknown;
}

/** What a record remembers of the first request. */
export interface IdempotencyRecord {
  resultId: string;
  fingerprint: string;
  ttl: number;
}

/** An idempotency record. */
export const IDEMPOTENCY_ITEM = declareItemType('IDEMPOTENCY', shape<IdempotencyRecord>({ resultId: str, fingerprint: str, ttl: num }), {
  expires: true,
});

/** SHA-256 of the request content, so the record need not keep the content itself. */
export function fingerprintOf(payload: unknown): string {
  return createHash('sha256').update(JSON.stringify(payload)).digest('base64url');
}

/** The record of a create's idempotency key, naming its result and expiring after the window. */
export function idempotencyItem(request: IdempotencyRequest, resultId: string, now: Date): Item {
  const record: IdempotencyRecord = {
    resultId,
    fingerprint: fingerprintOf(request.payload),
    ttl: epochSecondsOf(now) + IDEMPOTENCY_WINDOW_SECONDS,
  };
  return { ...idempotencyKey(request.operation, request.scope, request.key), entity: IDEMPOTENCY_ITEM.entity, ...record };
}
