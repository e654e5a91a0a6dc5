/**
 * One instance's view of a credential's rate-limit window, the pure part of
 * the reconciling limiter (api/rate-limit/reconciling-limiter.ts). Operations
 * are admitted from memory and reconciled with the shared DynamoDB counter in
 * batches, so a read costs no synchronous write. Each instance may hold at
 * most `budget` operations that DynamoDB has not acknowledged; that is what
 * bounds how far several instances together can overshoot the limit (see
 * `overshootBound` and docs/security.md, "Rate limiting").
 */
import type { RateLimitWindow } from './rate-limit.js';

/** How an instance reconciles its counts with the shared counter. */
export interface ReconciliationPolicy {
  /**
   * Share of a window's allowance one instance may admit without DynamoDB
   * having acknowledged it. Smaller: tighter bound across instances, more writes.
   */
  localShare: number;
  /** A flush not answered within this time is given up and its operations sent again (a frozen Lambda may never answer). */
  flushTimeoutMs: number;
}

/** One credential's window as this instance sees it. */
export interface WindowTally {
  window: RateLimitWindow;
  /** Operations across all instances, as DynamoDB last reported them (this instance's flushed ones included). */
  confirmed: number;
  /** Admitted here and not yet acknowledged by DynamoDB (a flush in flight included). */
  pending: number;
}

/** What to do with one more operation. */
export type Admission = 'admit' | 'refuse' | 'flush-first';

/** Operations one instance may hold unacknowledged in a window with this limit (at least 1). */
export function localBudgetOf(limit: number, policy: ReconciliationPolicy): number {
  return Math.max(1, Math.ceil(limit * policy.localShare));
}

/**
 * Decides one request charged `units` (its cost; 1 for a simple read).
 * Refused when what this instance knows plus the charge would pass the
 * limit; when the charge does not fit in what is left of its unacknowledged
 * budget it must flush first, unless the counter is unreachable: then it
 * decides on its own count alone. A charge larger than the whole budget is
 * admitted only with nothing else unacknowledged, so an instance never holds
 * more than max(budget, largest charge) unacknowledged units.
 */
export function admission(tally: WindowTally, budget: number, counterReachable: boolean, units = 1): Admission {
  if (tally.confirmed + tally.pending + units > tally.window.limit) return 'refuse';
  if (tally.pending > 0 && tally.pending + units > budget && counterReachable) return 'flush-first';
  return 'admit';
}

/**
 * Pending operations at which a flush is started without waiting for it:
 * three quarters of the budget, leaving a quarter to admit while the write is
 * in flight (so the blocking flush-first is rare) and making a busy
 * credential cost one write per that many operations.
 */
export function flushThresholdOf(budget: number): number {
  return Math.max(1, budget - Math.ceil(budget / 4));
}

/** Whether to start a flush now (never two at once per window). */
export function flushDue(tally: WindowTally, budget: number, flushing: boolean): boolean {
  return !flushing && tally.pending > 0 && tally.pending >= flushThresholdOf(budget);
}

/** Applies DynamoDB's answer to a flush of `sent` operations: the counter's new total across instances. */
export function acknowledge(tally: WindowTally, sent: number, total: number): void {
  tally.pending = Math.max(0, tally.pending - sent);
  tally.confirmed = Math.max(tally.confirmed, total);
}

/**
 * The most units `instances` instances can admit together in one window
 * while the counter is reachable: limit − 1 + instances × max(budget,
 * largest charge) (with one unit per request: limit − 1 + instances ×
 * budget). (While it is unreachable each instance only limits itself:
 * instances × limit.)
 */
export function mostAdmittedAcrossInstances(limit: number, instances: number, policy: ReconciliationPolicy, largestCharge = 1): number {
  return limit - 1 + instances * Math.max(localBudgetOf(limit, policy), largestCharge);
}
