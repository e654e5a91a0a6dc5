/**
 * The per-request GraphQL context: the application's request value (who is
 * calling, the store, the request's one clock reading, its locale, its
 * batched reads) plus what only GraphQL needs (the request id and the audit
 * sink of mutations). Built the same way by the Lambda handler and the local
 * server, once per request.
 */
import type { Principal } from '../core/access/principal.js';
import { DEFAULT_LOCALE, localeFromAcceptLanguage } from '../core/vocabulary.js';
import type { Store } from '../store/store.js';
import { createAppRequest, type AppRequest } from '../app/app-request.js';
import type { AuditSink } from '../app/audit-trail.js';
import { logAuditEvent } from './audit-log.js';

/** The context every resolver receives; resolvers pass it to use cases as their AppRequest. */
export interface GraphQLContext extends AppRequest {
  requestId: string;
  /** Where the audit trail of mutations goes (the API's logger unless a test listens). */
  audit: AuditSink;
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
}

/** The context of one request, with fresh loaders. */
export function createContext(input: ContextInput): GraphQLContext {
  const locale = localeFromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE;
  const request = createAppRequest({ store: input.store, principal: input.principal, now: input.now, locale });
  return { ...request, requestId: input.requestId, audit: input.audit ?? logAuditEvent };
}
