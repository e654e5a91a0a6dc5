import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { ReconcilingRateLimiter, type RateLimitCounter } from '../../functions/api/rate-limit/reconciling-limiter.js';
import {
  flushThresholdOf,
  localBudgetOf,
  mostAdmittedAcrossInstances,
  type ReconciliationPolicy,
} from '../../functions/core/access/rate-limit-ledger.js';
import type { RateLimitWindow } from '../../functions/core/access/rate-limit.js';
import type { Store } from '../../functions/store/store.js';

/** Several Lambda instances, each with its own store and limiter, on one table: one credential's calls spread over them. */
const LIMIT = 40;
const RECONCILIATION: ReconciliationPolicy = { localShare: 0.1, flushTimeoutMs: 60_000 };
const BUDGET = localBudgetOf(LIMIT, RECONCILIATION);

let windows = 0;
function freshWindow(limit = LIMIT): RateLimitWindow {
  return { credential: `client:app-${++windows}-${Date.now()}`, windowStart: 1_800_000_000, limit, expiresAt: 1_800_000_120 };
}

interface Instance {
  store: Store;
  limiter: ReconcilingRateLimiter;
  unavailable: unknown[];
}

describe('one credential across several instances', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable('rate-limit-instances');
  });

  afterAll(async () => {
    await table.drop();
  });

  function instance(options: { counter?: (store: Store) => RateLimitCounter; now?: () => number } = {}): Instance {
    const store = table.storeWith({});
    const unavailable: unknown[] = [];
    const limiter = new ReconcilingRateLimiter({
      counter: options.counter?.(store) ?? store.rateLimits,
      policy: RECONCILIATION,
      onCounterUnavailable: (error) => unavailable.push(error),
      ...(options.now ? { now: options.now } : {}),
    });
    return { store, limiter, unavailable };
  }

  /** `perInstance` calls on each instance, all started at once, interleaved across instances. */
  async function burst(instances: Instance[], window: RateLimitWindow, perInstance: number): Promise<number[]> {
    const calls = Array.from({ length: perInstance }, () => instances.map((each) => each.limiter.admit(window))).flat();
    const outcomes = await Promise.all(calls);
    return instances.map((_, i) => outcomes.filter((admitted, k) => admitted && k % instances.length === i).length);
  }

  it(`admits no more than limit − 1 + N × budget (${mostAdmittedAcrossInstances(LIMIT, 4, RECONCILIATION)} for N = 4) and at least the limit`, async () => {
    const instances = Array.from({ length: 4 }, () => instance());
    const window = freshWindow();
    const admitted = await burst(instances, window, 60);
    const total = admitted.reduce((sum, n) => sum + n, 0);
    expect(total).toBeGreaterThanOrEqual(LIMIT);
    expect(total).toBeLessThanOrEqual(mostAdmittedAcrossInstances(LIMIT, 4, RECONCILIATION));
    // Every instance saw the shared total: none admitted its own full allowance.
    for (const count of admitted) expect(count).toBeLessThan(LIMIT);
  });

  it('keeps the bound when the calls arrive one instance after another', async () => {
    const instances = Array.from({ length: 3 }, () => instance());
    const window = freshWindow();
    let admitted = 0;
    for (let round = 0; round < 40; round++) {
      for (const each of instances) if (await each.limiter.admit(window)) admitted++;
    }
    expect(admitted).toBeGreaterThanOrEqual(LIMIT);
    expect(admitted).toBeLessThanOrEqual(mostAdmittedAcrossInstances(LIMIT, 3, RECONCILIATION));
  });

  it('is exact on one instance, writing once per flush threshold rather than once per call', async () => {
    const only = instance();
    const window = freshWindow();
    const admitted = (await burst([only], window, 60))[0]!;
    expect(admitted).toBe(LIMIT);
    // What DynamoDB holds plus what is still below the flush threshold here is every admitted call.
    await expect.poll(async () => (await only.store.rateLimits.total(window)) + only.limiter.pendingFor(window)).toBe(LIMIT);
    // A backlog admitted while a flush was out is sent when that flush answers, so what stays unsent ends below the threshold.
    await expect.poll(() => only.limiter.pendingFor(window)).toBeLessThan(flushThresholdOf(BUDGET));
    expect(only.store.gateway.stats.requests).toBeLessThanOrEqual(Math.ceil(LIMIT / flushThresholdOf(BUDGET)) + 1);
  });

  it('makes no DynamoDB request for a call while fewer operations than the flush threshold are pending', async () => {
    const only = instance();
    const window = freshWindow();
    for (let i = 0; i < flushThresholdOf(BUDGET) - 1; i++) expect(await only.limiter.admit(window)).toBe(true);
    expect(only.store.gateway.stats.requests).toBe(0);
  });

  it('gives up a flush that never answers (a frozen instance) and sends its operations again', async () => {
    let clock = 1_000;
    let first = true;
    const frozenOnce = (store: Store): RateLimitCounter => ({
      add: (window, operations) => {
        if (!first) return store.rateLimits.add(window, operations);
        first = false;
        return new Promise<number>(() => undefined);
      },
    });
    const thawed = instance({ counter: frozenOnce, now: () => clock });
    const window = freshWindow();
    for (let i = 0; i < BUDGET; i++) expect(await thawed.limiter.admit(window)).toBe(true);
    clock += RECONCILIATION.flushTimeoutMs;
    expect(await thawed.limiter.admit(window)).toBe(true);
    expect(await thawed.store.rateLimits.total(window)).toBe(BUDGET);
    expect(thawed.limiter.pendingFor(window)).toBe(1);
  });

  it('limits each instance by its own count while the counter is unreachable, and says so', async () => {
    const down = (): RateLimitCounter => ({
      add: () => Promise.reject(Object.assign(new Error('unreachable'), { name: 'ServiceUnavailableError' })),
    });
    const instances = [instance({ counter: down }), instance({ counter: down })];
    const window = freshWindow();
    let admitted = 0;
    for (let round = 0; round < LIMIT + 5; round++) {
      for (const each of instances) if (await each.limiter.admit(window)) admitted++;
    }
    expect(admitted).toBe(2 * LIMIT);
    for (const each of instances) expect(each.unavailable.length).toBeGreaterThan(0);
  });
});
