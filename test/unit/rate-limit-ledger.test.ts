import { describe, expect, it } from 'vitest';
import {
  acknowledge,
  admission,
  flushDue,
  flushThresholdOf,
  localBudgetOf,
  mostAdmittedAcrossInstances,
  type ReconciliationPolicy,
  type WindowTally,
} from '../../functions/core/access/rate-limit-ledger.js';
import { RATE_LIMIT_POLICY, RATE_LIMIT_RECONCILIATION } from '../../functions/api/limits.js';

const POLICY: ReconciliationPolicy = { localShare: 0.1, flushTimeoutMs: 1000 };

function tally(confirmed: number, pending: number, limit = 100): WindowTally {
  return { window: { credential: 'client:app', windowStart: 0, limit, expiresAt: 120 }, confirmed, pending };
}

describe('one instance’s rate-limit ledger', () => {
  it('lets an instance hold a share of the allowance unacknowledged, at least one operation', () => {
    expect(localBudgetOf(100, POLICY)).toBe(10);
    expect(localBudgetOf(3, POLICY)).toBe(1);
    expect(localBudgetOf(RATE_LIMIT_POLICY.operationsPerWindow.PARTNER, RATE_LIMIT_RECONCILIATION)).toBe(30);
  });

  it('admits while what the instance knows stays under the limit', () => {
    expect(admission(tally(0, 0), 10, true)).toBe('admit');
    expect(admission(tally(90, 9), 10, true)).toBe('admit');
  });

  it('refuses once the shared total plus its own pending operations reach the limit', () => {
    expect(admission(tally(100, 0), 10, true)).toBe('refuse');
    expect(admission(tally(95, 5), 10, true)).toBe('refuse');
  });

  it('makes the instance flush before admitting more once its whole budget is unacknowledged', () => {
    expect(admission(tally(20, 10), 10, true)).toBe('flush-first');
  });

  it('decides on the instance’s own count alone while the counter is unreachable', () => {
    expect(admission(tally(20, 10), 10, false)).toBe('admit');
    expect(admission(tally(20, 80), 10, false)).toBe('refuse');
  });

  it('starts a background flush at three quarters of the budget, never two at once', () => {
    expect(flushThresholdOf(10)).toBe(7);
    expect(flushThresholdOf(localBudgetOf(RATE_LIMIT_POLICY.operationsPerWindow.MEMBER, RATE_LIMIT_RECONCILIATION))).toBe(11);
    expect(flushDue(tally(0, 6), 10, false)).toBe(false);
    expect(flushDue(tally(0, 7), 10, false)).toBe(true);
    expect(flushDue(tally(0, 7), 10, true)).toBe(false);
    expect(flushDue(tally(0, 1), 1, false)).toBe(true);
  });

  it('takes acknowledged operations out of pending and the counter’s total as confirmed', () => {
    const state = tally(10, 7);
    acknowledge(state, 5, 40);
    expect(state).toMatchObject({ confirmed: 40, pending: 2 });
  });

  it('never lets an older answer lower the confirmed total', () => {
    const state = tally(50, 3);
    acknowledge(state, 3, 45);
    expect(state).toMatchObject({ confirmed: 50, pending: 0 });
  });

  it('bounds what N instances admit together by limit − 1 + N × budget', () => {
    expect(mostAdmittedAcrossInstances(100, 1, POLICY)).toBe(109);
    expect(mostAdmittedAcrossInstances(600, 10, RATE_LIMIT_RECONCILIATION)).toBe(899);
  });

  it('charges a request its units: refused when they would pass the limit, flushed first when they do not fit the budget', () => {
    expect(admission(tally(80, 0), 10, true, 20)).toBe('admit');
    expect(admission(tally(81, 0), 10, true, 20)).toBe('refuse');
    expect(admission(tally(20, 5), 10, true, 6)).toBe('flush-first');
    expect(admission(tally(20, 4), 10, true, 6)).toBe('admit');
  });

  it('admits a charge larger than the whole budget only with nothing else unacknowledged', () => {
    expect(admission(tally(0, 0), 10, true, 25)).toBe('admit');
    expect(admission(tally(0, 1), 10, true, 25)).toBe('flush-first');
  });

  it('bounds what N instances admit together by limit − 1 + N × max(budget, largest charge)', () => {
    expect(mostAdmittedAcrossInstances(100, 2, POLICY, 25)).toBe(149);
    expect(mostAdmittedAcrossInstances(100, 2, POLICY, 5)).toBe(119);
  });
});
