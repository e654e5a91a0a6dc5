/**
 * Per-credential rate limiting, the pure part: which allowance a principal
 * has, which counter it draws from, and which fixed window a moment falls in.
 * The counter itself lives in the store (rate-limit-repository.ts); the
 * GraphQL layer consults it once per operation (api/rate-limit-plugin.ts).
 */
import type { Principal, Role } from './principal.js';

export interface RateLimitPolicy {
  /** Length of one fixed window. */
  windowSeconds: number;
  /** Operations one credential may run per window, by role. Anonymous callers are limited by API Gateway only. */
  operationsPerWindow: Record<Exclude<Role, 'ANONYMOUS'>, number>;
}

/** One credential's counter for one window. */
export interface RateLimitWindow {
  /** Stable per credential: the partner app's client id, or the user's subject. */
  credential: string;
  /** Epoch seconds the window starts at. */
  windowStart: number;
  limit: number;
  /** Epoch seconds after which the counter may be deleted (TTL). */
  expiresAt: number;
}

/** The credential a principal's calls are counted against; null for anonymous callers. */
export function rateLimitCredentialOf(principal: Principal): string | null {
  switch (principal.role) {
    case 'ANONYMOUS':
      return null;
    case 'PARTNER':
      return `client:${principal.clientId}`;
    case 'MEMBER':
    case 'ADMIN':
      return `user:${principal.subject}`;
  }
}

/** The window a principal's call at `nowMs` counts in, or null when it is not counted. */
export function rateLimitWindowFor(principal: Principal, nowMs: number, policy: RateLimitPolicy): RateLimitWindow | null {
  const credential = rateLimitCredentialOf(principal);
  if (credential === null || principal.role === 'ANONYMOUS') return null;
  const nowSeconds = Math.floor(nowMs / 1000);
  const windowStart = nowSeconds - (nowSeconds % policy.windowSeconds);
  return {
    credential,
    windowStart,
    limit: policy.operationsPerWindow[principal.role],
    // Kept one extra window so a late write never recreates an expired counter by surprise.
    expiresAt: windowStart + 2 * policy.windowSeconds,
  };
}

/** Seconds until the window ends: what a rejected caller is told to wait. */
export function secondsUntilWindowEnds(window: RateLimitWindow, nowMs: number, policy: RateLimitPolicy): number {
  return Math.max(1, window.windowStart + policy.windowSeconds - Math.floor(nowMs / 1000));
}
