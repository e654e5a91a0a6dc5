/**
 * The conditions chainfit's writes carry, and how a failed one is recognised:
 * "no item with this key yet" (creation), "none, or only an expired one"
 * (items with a TTL: DynamoDB deletes them days late, so an expired item must
 * not block its successor) and "still the version the caller read"
 * (optimistic concurrency). One module, so a put, a transaction item and an
 * error check all agree.
 */
import { epochSecondsOf } from './items/expiry.js';

/** A ConditionExpression with the names and values it uses. */
export interface WriteCondition {
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

/** The item must not exist yet. */
export const NOT_EXISTS: WriteCondition = { expression: 'attribute_not_exists(pk)' };

/** No item with this key, or one whose `ttl` has passed at `now` (TTL deletion lags by up to days). */
export function notExistsOrExpired(now: Date): WriteCondition {
  return { expression: 'attribute_not_exists(pk) OR #ttl < :now', names: { '#ttl': 'ttl' }, values: { ':now': epochSecondsOf(now) } };
}

/** An item with this key whose `ttl` has not passed at `now` (the converse of notExistsOrExpired). */
export function existsUnexpired(now: Date): WriteCondition {
  return { expression: 'attribute_exists(pk) AND #ttl >= :now', names: { '#ttl': 'ttl' }, values: { ':now': epochSecondsOf(now) } };
}

/** The stored item must still have `version`. */
export function versionIs(version: number): WriteCondition {
  return { expression: '#version = :expectedVersion', names: { '#version': 'version' }, values: { ':expectedVersion': version } };
}

/** The request parameters of a condition, to spread into a Put (command or transaction item). */
export function conditionParams(condition: WriteCondition): {
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
} {
  return {
    ConditionExpression: condition.expression,
    ...(condition.names ? { ExpressionAttributeNames: condition.names } : {}),
    ...(condition.values ? { ExpressionAttributeValues: condition.values } : {}),
  };
}

/** Whether a single-item write (PutItem, UpdateItem) failed its condition. */
export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** Awaits a conditional single-item write: false when its condition failed (nothing was written). */
export async function conditionHeld(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
