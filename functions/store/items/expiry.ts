/**
 * Expiry of TTL'd items, enforced by chainfit itself: DynamoDB's TTL deletes
 * an expired item only eventually (typically within days), so every reader of
 * a TTL'd item checks `ttl` against the request's clock, and every write that
 * relies on an item's absence accepts an expired one (write-conditions.ts).
 */

/** Epoch seconds, as DynamoDB TTL wants. */
export function epochSecondsOf(at: Date): number {
  return Math.floor(at.getTime() / 1000);
}

/** Whether an item with this `ttl` is gone at `now`, deleted by DynamoDB or not (the same test as the conditions' `ttl < :now`). */
export function hasExpired(ttl: number, now: Date): boolean {
  return ttl < epochSecondsOf(now);
}
