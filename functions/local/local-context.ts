/**
 * How the local server (`npm start`) builds each request's context, shared by
 * the benchmarks and tests that stand for it: a dev member token's membership
 * is made to exist first (./dev-memberships.ts), then the context reads the
 * caller's memberships through the process's membership cache, as the Lambda
 * handler does per container.
 */
import { createContext, type GraphQLContext } from '../api/context.js';
import type { AuditSink } from '../app/audit-trail.js';
import { MembershipCache } from '../app/membership-cache.js';
import { principalFromClaims } from '../core/access/principal.js';
import type { Store } from '../store/store.js';
import { ensureDevMembership } from './dev-memberships.js';
import type { LocalRequest } from './http-server.js';

export interface LocalContextOptions {
  /** Where the audit trail goes (the API's logger by default). */
  audit?: AuditSink;
  /** The process's membership cache (a new one by default). */
  membershipCache?: MembershipCache;
  /** Accept http://localhost webhook URLs (npm start: a developer's receiver; never in AWS). */
  allowLocalWebhookUrls?: boolean;
}

/** The local server's `contextFor`. */
export function localContextFor(store: Store, options: LocalContextOptions = {}): (request: LocalRequest) => Promise<GraphQLContext> {
  const membershipCache = options.membershipCache ?? new MembershipCache();
  const { audit, allowLocalWebhookUrls } = options;
  return async ({ claims, requestId, acceptLanguage, now }) => {
    await ensureDevMembership(store, claims, now, membershipCache);
    return createContext({
      store,
      principal: principalFromClaims(claims),
      requestId,
      now,
      acceptLanguage,
      membershipCache,
      ...(audit ? { audit } : {}),
      ...(allowLocalWebhookUrls ? { allowLocalWebhookUrls } : {}),
    });
  };
}
