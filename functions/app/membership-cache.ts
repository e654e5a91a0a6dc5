/**
 * The memberships of recent callers, kept by one process (a Lambda container,
 * a local server) for MEMBERSHIP_CACHE_TTL_MS, so a signed-in person's reads
 * cost the one DynamoDB request of the read itself instead of one more Query
 * of their memberships each time.
 *
 * Staleness is bounded, and only for reads: every membership write this
 * process makes forgets the person it concerns (the use cases call
 * `forget` through `writingMembershipsOf`), a read that raced such a write is
 * not kept, and mutations read memberships fresh from the table
 * (functions/api/authorization.ts). A write made by another instance is seen
 * here after at most the TTL (docs/security.md, "Memberships").
 *
 * Time is the request's clock (`AppRequest.now`), so tests move it instead of
 * sleeping.
 */
import type { Membership } from '../core/access/membership.js';

/** How long a person's memberships are reused by one process for reads. */
export const MEMBERSHIP_CACHE_TTL_MS = 30_000;

/** Entries kept at most; the oldest go first (a container serving many people keeps a bounded amount of memory). */
export const MEMBERSHIP_CACHE_MAX_ENTRIES = 10_000;

interface Entry {
  memberships: readonly Membership[];
  expiresAt: number;
}

/** Taken before reading memberships from the table; a read is kept only if no write was made since it began. */
export interface ReadTicket {
  readonly writes: number;
}

export interface MembershipCacheOptions {
  ttlMs?: number;
  maxEntries?: number;
}

export class MembershipCache {
  readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly entries = new Map<string, Entry>();
  /** Membership writes this process has made: a read begun before one of them may be stale and is not kept. */
  private writes = 0;

  constructor(options: MembershipCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? MEMBERSHIP_CACHE_TTL_MS;
    this.maxEntries = options.maxEntries ?? MEMBERSHIP_CACHE_MAX_ENTRIES;
  }

  /** The person's memberships if read less than the TTL before `now`. */
  get(subject: string, now: Date): readonly Membership[] | undefined {
    const entry = this.entries.get(subject);
    if (!entry) return undefined;
    if (entry.expiresAt > now.getTime()) return entry.memberships;
    this.entries.delete(subject);
    return undefined;
  }

  /** Call before reading a person's memberships from the table; pass the ticket to `keep`. */
  beginRead(): ReadTicket {
    return { writes: this.writes };
  }

  /** Keeps memberships read at `now`, unless a membership write happened in this process since the read began. */
  keep(subject: string, memberships: readonly Membership[], ticket: ReadTicket, now: Date): void {
    if (ticket.writes !== this.writes) return;
    this.entries.delete(subject);
    this.entries.set(subject, { memberships, expiresAt: now.getTime() + this.ttlMs });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }

  /** Forgets a person whose memberships this process is writing or has written. */
  forget(subject: string): void {
    this.writes++;
    this.entries.delete(subject);
  }

  /** How many people are cached (for tests and benchmarks). */
  get size(): number {
    return this.entries.size;
  }
}
