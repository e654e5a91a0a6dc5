/**
 * The per-request GraphQL context: who is calling, the store, and per-request
 * DataLoaders. Built the same way by the Lambda handler and the local server.
 */
import type { Principal } from '../core/access/principal.js';
import type { Store } from '../store/store.js';
import { createLoaders, type Loaders } from './loaders.js';
import { localeFromAcceptLanguage, type Locale } from '../core/vocabulary.js';
import { logAuditEvent, type AuditSink } from './audit-log.js';

export interface GraphQLContext {
  principal: Principal;
  store: Store;
  loaders: Loaders;
  requestId: string;
  /** Locale from Accept-Language, used when an operation does not name one. */
  locale?: Locale;
  /** Where the audit trail of mutations goes (the API's logger unless a test listens). */
  audit: AuditSink;
}

export function createContext(store: Store, principal: Principal, requestId: string, audit: AuditSink = logAuditEvent): GraphQLContext {
  return { principal, store, loaders: createLoaders(store), requestId, audit };
}

/** The context with the caller's Accept-Language locale (used where an operation names none). */
export function withRequestLocale(context: GraphQLContext, acceptLanguage: string | undefined): GraphQLContext {
  const locale = localeFromAcceptLanguage(acceptLanguage);
  return locale ? { ...context, locale } : context;
}
