import { describe, expect, it } from 'vitest';
import { MEMBERSHIP_CACHE_TTL_MS, MembershipCache } from '../../../functions/app/membership-cache.js';
import type { Membership } from '../../../functions/core/access/membership.js';

const T0 = new Date('2026-12-02T10:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const OWNER: Membership[] = [{ organizationId: 'org-a', role: 'OWNER' }];

describe('the membership cache of one process', () => {
  it('serves what it read for the TTL, and nothing from the TTL on (time is the request clock)', () => {
    const cache = new MembershipCache();
    expect(cache.get('ana', T0)).toBeUndefined();
    cache.keep('ana', OWNER, cache.beginRead(), T0);
    expect(cache.get('ana', at(1))).toEqual(OWNER);
    expect(cache.get('ana', at(MEMBERSHIP_CACHE_TTL_MS - 1))).toEqual(OWNER);
    expect(cache.get('ana', at(MEMBERSHIP_CACHE_TTL_MS))).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps 30 to 60 seconds by default', () => {
    expect(MEMBERSHIP_CACHE_TTL_MS).toBeGreaterThanOrEqual(30_000);
    expect(MEMBERSHIP_CACHE_TTL_MS).toBeLessThanOrEqual(60_000);
  });

  it('forgets a person whose memberships this process writes, and only that person', () => {
    const cache = new MembershipCache();
    cache.keep('ana', OWNER, cache.beginRead(), T0);
    cache.keep('ben', [], cache.beginRead(), T0);
    cache.forget('ana');
    expect(cache.get('ana', at(1))).toBeUndefined();
    expect(cache.get('ben', at(1))).toEqual([]);
  });

  it('does not keep a read that began before a membership write of this process (it may predate the write)', () => {
    const cache = new MembershipCache();
    const racingRead = cache.beginRead();
    cache.forget('ana');
    cache.keep('ana', OWNER, racingRead, T0);
    expect(cache.get('ana', at(1))).toBeUndefined();
    const laterRead = cache.beginRead();
    cache.keep('ana', [], laterRead, T0);
    expect(cache.get('ana', at(1))).toEqual([]);
  });

  it('holds a bounded number of people, dropping the longest kept first', () => {
    const cache = new MembershipCache({ maxEntries: 2 });
    for (const subject of ['ana', 'ben', 'cho']) cache.keep(subject, [], cache.beginRead(), T0);
    expect(cache.size).toBe(2);
    expect(cache.get('ana', at(1))).toBeUndefined();
    expect(cache.get('cho', at(1))).toEqual([]);
  });
});
