import { describe, expect, it } from 'vitest';
import {
  rateLimitCredentialOf,
  rateLimitWindowFor,
  secondsUntilWindowEnds,
  type RateLimitPolicy,
} from '../../functions/core/access/rate-limit.js';
import { RATE_LIMIT_POLICY } from '../../functions/api/limits.js';
import { addRateLimitOperationsParams } from '../../functions/store/rate-limit-repository.js';
import { rateLimitKey } from '../../functions/store/items/keys.js';
import { RATE_LIMIT_ITEM } from '../../functions/store/items/system-items.js';
import { callersFor } from '../support/principals.js';

const callers = callersFor('org-1', 'org-2');
const POLICY: RateLimitPolicy = { windowSeconds: 60, operationsPerWindow: { PARTNER: 100, MEMBER: 50, ADMIN: 70 } };
const AT = Date.UTC(2026, 10, 26, 9, 30, 15, 500);

describe('per-credential rate limiting', () => {
  it('counts partner apps by client id and people by subject', () => {
    expect(rateLimitCredentialOf(callers.PARTNER)).toBe('client:partner-app-1');
    expect(rateLimitCredentialOf(callers.MEMBER_OF_TARGET)).toBe('user:member-of-target');
    expect(rateLimitCredentialOf(callers.ADMIN)).toBe('user:zone-officer');
  });

  it('leaves anonymous callers to API Gateway throttling', () => {
    expect(rateLimitCredentialOf(callers.ANONYMOUS)).toBeNull();
    expect(rateLimitWindowFor(callers.ANONYMOUS, AT, POLICY)).toBeNull();
  });

  it('puts a call in the fixed window it falls in, with the role’s allowance', () => {
    expect(rateLimitWindowFor(callers.MEMBER_OF_OTHER, AT, POLICY)).toEqual({
      credential: 'user:member-of-other',
      windowStart: Date.UTC(2026, 10, 26, 9, 30, 0) / 1000,
      limit: 50,
      expiresAt: Date.UTC(2026, 10, 26, 9, 32, 0) / 1000,
    });
    expect(rateLimitWindowFor(callers.PARTNER, AT, POLICY)?.limit).toBe(100);
    expect(rateLimitWindowFor(callers.ADMIN, AT, POLICY)?.limit).toBe(70);
  });

  it('starts a new window on the minute', () => {
    const before = rateLimitWindowFor(callers.PARTNER, Date.UTC(2026, 0, 1, 0, 0, 59, 999), POLICY);
    const after = rateLimitWindowFor(callers.PARTNER, Date.UTC(2026, 0, 1, 0, 1, 0, 0), POLICY);
    expect(after!.windowStart - before!.windowStart).toBe(60);
  });

  it('tells a rejected caller how long until the window ends, at least one second', () => {
    const window = rateLimitWindowFor(callers.PARTNER, AT, POLICY)!;
    expect(secondsUntilWindowEnds(window, AT, POLICY)).toBe(45);
    expect(secondsUntilWindowEnds(window, window.windowStart * 1000 + 59_999, POLICY)).toBe(1);
  });

  it('adds a batch of operations atomically, answers the new total, tags the counter and expires with the TTL', () => {
    const window = rateLimitWindowFor(callers.PARTNER, AT, POLICY)!;
    const params = addRateLimitOperationsParams('t', window, 7);
    expect(params.Key).toEqual(rateLimitKey(window));
    expect(params.Key).toEqual({ pk: 'RATE#client:partner-app-1', sk: `WINDOW#${window.windowStart}` });
    expect(params.UpdateExpression).toContain('ADD #count :operations');
    expect(params.ConditionExpression).toBeUndefined();
    expect(params.ReturnValues).toBe('UPDATED_NEW');
    expect(params.UpdateExpression).toContain('#entity = :entity');
    expect(params.ExpressionAttributeValues).toEqual({
      ':operations': 7,
      ':expiresAt': window.expiresAt,
      ':entity': RATE_LIMIT_ITEM.entity,
    });
  });

  it('gives every signed-in role an allowance in the shipped policy', () => {
    for (const allowance of Object.values(RATE_LIMIT_POLICY.operationsPerWindow)) expect(allowance).toBeGreaterThan(0);
  });
});
