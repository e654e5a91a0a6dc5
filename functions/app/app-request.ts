/**
 * The request value every use case takes: who is calling, the store, the one
 * clock reading of the request, the locale answers render in, and the
 * per-request batched reads. A GraphQL context is one; a stream worker or a
 * scheduled job builds one per record or run with createAppRequest.
 */
import type { Principal } from '../core/access/principal.js';
import type { Locale } from '../core/vocabulary.js';
import type { Store } from '../store/store.js';
import type { MembershipCache } from './membership-cache.js';
import { createRequestLoaders, type RequestLoaders } from './request-loaders.js';

/** What a caller knows about its request before any use case runs. */
export interface AppRequestFacts {
  store: Store;
  principal: Principal;
  /**
   * The request's clock, read once when the request arrives: every timestamp
   * written and every expiry judged in one request agrees with the others.
   */
  now: Date;
  /** The locale answers render in when an operation names none. */
  locale: Locale;
  /**
   * The process's cache of callers' memberships (functions/app/membership-cache.ts):
   * the Lambda handler and the local server keep one; without it every request reads them.
   */
  membershipCache?: MembershipCache | undefined;
  /**
   * Local server only: webhook URLs may be http://localhost or http://127.0.0.1
   * (docs/security.md, "Partner webhooks"). Never set by a Lambda.
   */
  allowLocalWebhookUrls?: boolean;
}

/** The request value of every use case (functions/app/*). */
export interface AppRequest extends AppRequestFacts {
  /** Batched, cached reads for this request only (never shared across requests: they would serve stale data). */
  loaders: RequestLoaders;
}

/** A request value with fresh per-request loaders. */
export function createAppRequest(facts: AppRequestFacts): AppRequest {
  return { ...facts, loaders: createRequestLoaders(facts.store) };
}
