/**
 * The per-credential rate limiter of one process (one Lambda instance, or the
 * local server): admits operations from memory and reconciles with the shared
 * DynamoDB counter in batches (core/access/rate-limit-ledger.ts), so an
 * authorized read makes no synchronous write. A flush is started when three
 * quarters of an instance's budget are pending and is not awaited; only a request that finds
 * the whole budget unacknowledged waits for one. In Lambda a flush still in
 * flight when the response is returned is frozen with the instance: it
 * completes when the instance thaws, or is given up after `flushTimeoutMs`
 * and sent again by the next request of that credential. Counts are never
 * lost while the instance lives; a window's counts are dropped when it ends.
 */
import {
  acknowledge,
  admission,
  flushDue,
  localBudgetOf,
  type ReconciliationPolicy,
  type WindowTally,
} from '../../core/access/rate-limit-ledger.js';
import type { RateLimitWindow } from '../../core/access/rate-limit.js';

/** The shared counter: adds operations to a window and answers its new total across instances. */
export interface RateLimitCounter {
  add(window: RateLimitWindow, operations: number): Promise<number>;
}

export interface ReconcilingLimiterOptions {
  counter: RateLimitCounter;
  policy: ReconciliationPolicy;
  /** Called when a flush fails: for the next `flushTimeoutMs` the limiter then decides on its own count alone. */
  onCounterUnavailable: (error: unknown) => void;
  /** The limiter's own clock (ms), for when a failed flush answers; `admit` is given the request's reading. */
  now?: () => number;
}

interface Flush {
  startedAt: number;
  done: Promise<void>;
}

interface Entry extends WindowTally {
  flush?: Flush | undefined;
}

/** Tallies of windows that ended are dropped on the next admission after this many new windows were opened. */
const SWEEP_EVERY_NEW_WINDOWS = 256;

export class ReconcilingRateLimiter {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  /** After a failed flush the limiter decides on its own count until this moment (ms). */
  private counterDownUntil = 0;
  private windowsSinceSweep = 0;

  constructor(private readonly options: ReconcilingLimiterOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Whether one more request charged `units` may run in `window`; counts its
   * units when admitted. `at` is the request's one clock reading (ms); the
   * limiter's own clock only times flushes that answer after the request has gone on.
   */
  async admit(window: RateLimitWindow, at: number = this.now(), units = 1): Promise<boolean> {
    const entry = this.entryFor(window);
    const budget = localBudgetOf(window.limit, this.options.policy);
    for (;;) {
      const verdict = admission(entry, budget, at >= this.counterDownUntil, units);
      if (verdict === 'refuse') return false;
      if (verdict === 'admit') {
        entry.pending += units;
        if (flushDue(entry, budget, this.flushInFlight(entry, at))) void this.flush(entry, at);
        return true;
      }
      await this.flush(entry, at);
    }
  }

  /** Operations admitted here and not yet acknowledged, for a credential's window (tests read it). */
  pendingFor(window: Pick<RateLimitWindow, 'credential' | 'windowStart'>): number {
    return this.entries.get(keyOf(window))?.pending ?? 0;
  }

  private entryFor(window: RateLimitWindow): Entry {
    const key = keyOf(window);
    let entry = this.entries.get(key);
    if (!entry) {
      if (++this.windowsSinceSweep >= SWEEP_EVERY_NEW_WINDOWS) this.dropEndedWindows(window.windowStart);
      entry = { window, confirmed: 0, pending: 0 };
      this.entries.set(key, entry);
    }
    return entry;
  }

  private flushInFlight(entry: Entry, at: number): boolean {
    return entry.flush !== undefined && at - entry.flush.startedAt < this.options.policy.flushTimeoutMs;
  }

  /** Sends the entry's pending operations, or joins the flush already in flight. Never rejects. */
  private flush(entry: Entry, at: number): Promise<void> {
    if (entry.flush && this.flushInFlight(entry, at)) return entry.flush.done;
    const sent = entry.pending;
    const flush: Flush = { startedAt: at, done: Promise.resolve() };
    flush.done = this.options.counter.add(entry.window, sent).then(
      (total) => {
        // An answer to a flush that was given up is ignored: its operations were sent again (at worst counted twice).
        if (entry.flush !== flush) return;
        entry.flush = undefined;
        acknowledge(entry, sent, total);
        // What was admitted while this flush was out is sent now, not left for the credential's next call.
        if (flushDue(entry, localBudgetOf(entry.window.limit, this.options.policy), false)) void this.flush(entry, this.now());
      },
      (error: unknown) => {
        if (entry.flush === flush) entry.flush = undefined;
        this.counterDownUntil = this.now() + this.options.policy.flushTimeoutMs;
        this.options.onCounterUnavailable(error);
      },
    );
    entry.flush = flush;
    return flush.done;
  }

  /** Windows that ended no longer limit anything; their unacknowledged counts are dropped with them. */
  private dropEndedWindows(currentWindowStart: number): void {
    this.windowsSinceSweep = 0;
    for (const [key, entry] of this.entries) {
      if (entry.window.windowStart < currentWindowStart && !entry.flush) this.entries.delete(key);
    }
  }
}

function keyOf(window: Pick<RateLimitWindow, 'credential' | 'windowStart'>): string {
  return `${window.credential}@${window.windowStart}`;
}
