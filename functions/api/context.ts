/**
 * The per-request GraphQL context: the application's request value (who is
 * calling, the store, the request's one clock reading, its locale, its
 * batched reads) plus what only GraphQL needs (the request id and the audit
 * sink of mutations). Built the same way by the Lambda handler and the local
 * server, once per request; building it completes the caller's memberships
 * (from the process's membership cache when the entry point keeps one).
 */
import type { Principal } from '../core/access/principal.js';
import { DEFAULT_LOCALE, localeFromAcceptLanguage } from '../core/vocabulary.js';
import type { Store } from '../store/store.js';
import { createAppRequest, type AppRequest } from '../app/app-request.js';
import type { AuditSink } from '../app/audit-trail.js';
import type { MembershipCache } from '../app/membership-cache.js';
import { principalWithMemberships } from '../app/principal-memberships.js';
import { logAuditEvent } from './audit-log.js';

/** The context every resolver receives; resolvers pass it to use cases as their AppRequest. */
export interface GraphQLContext extends AppRequest {
  requestId: string;
  /** Where the audit trail of mutations goes (the API's logger unless a test listens). */
  audit: AuditSink;
  /**
   * Whether the caller's memberships came from the process's membership cache
   * (up to its TTL old); the authorization guard re-reads them before a mutation.
   */
  membershipsFromCache: boolean;
}

/** What an entry point knows about one request. */
export interface ContextInput {
  store: Store;
  principal: Principal;
  requestId: string;
  /** When the request arrived: the one clock reading of the whole request. */
  now: Date;
  /** The caller's Accept-Language header: the locale of answers where an operation names none (English otherwise). */
  acceptLanguage?: string | undefined;
  audit?: AuditSink;
  /** The process's membership cache: one per Lambda container or local server (none: every request reads memberships). */
  membershipCache?: MembershipCache;
  /** Local server only: webhook URLs may be http://localhost (never set by the Lambda handler). */
  allowLocalWebhookUrls?: boolean;
}

/**
 * The context of one request, with fresh loaders and the caller's memberships
 * (for a signed-in person: from the membership cache when it has them fresh,
 * otherwise one Query; `principal`'s own memberships, which no token carries,
 * are replaced by the stored ones).
 */
export async function createContext(input: ContextInput): Promise<GraphQLContext> {
  const locale = localeFromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE;
  const { store, now, membershipCache } = input;
  const request = createAppRequest({
    store,
    principal: input.principal,
    now,
    locale,
    membershipCache,
    ...(input.allowLocalWebhookUrls ? { allowLocalWebhookUrls: true } : {}),
  });
  const { principal, fromCache } = await principalWithMemberships(request);
  return { ...request, principal, membershipsFromCache: fromCache, requestId: input.requestId, audit: input.audit ?? logAuditEvent };
}
