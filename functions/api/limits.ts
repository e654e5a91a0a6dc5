/**
 * Every request limit of the API, defined once: the GraphQL server, both
 * transports, the rate limiter and docs/security.md all read these values.
 */
import type { RateLimitPolicy } from '../core/access/rate-limit.js';
import type { ReconciliationPolicy } from '../core/access/rate-limit-ledger.js';

/** Largest request body accepted (bytes). Larger requests get HTTP 413 on both transports. */
export const MAX_REQUEST_BODY_BYTES = 64 * 1024;

/**
 * Limits on the shape of one GraphQL document, enforced during validation
 * (graphql-armor) before any resolver runs. Sized so the deepest documented
 * query (a search result's organization → its offers → segment → chain) fits
 * with room to spare, while exponential documents do not.
 */
export const QUERY_LIMITS = {
  /** Nesting depth of selections (fragments are followed). */
  maxDepth: 10,
  /** Aliased fields per document (aliases multiply resolver work at no cost to the caller). */
  maxAliases: 15,
  /**
   * graphql-armor cost: objects 2, scalars 1, ×1.5 per level of depth, ×N for
   * a literal `first: N`. A page of 100 collaborations with every field and
   * each owner's whole profile costs about 35,000 and passes; two such pages
   * aliased in one document (about 69,000) do not.
   */
  maxCost: 50_000,
  /** Lexical tokens per document (bounds parsing work). */
  maxTokens: 1000,
  /** Directives per document. */
  maxDirectives: 10,
} as const;

export type QueryLimitName = keyof typeof QUERY_LIMITS;

/**
 * Per-credential allowance (see docs/security.md, "Rate limiting"): a fixed
 * window counted in memory per instance and totalled in DynamoDB, on top of
 * API Gateway's stage throttling.
 */
export const RATE_LIMIT_POLICY: RateLimitPolicy = {
  windowSeconds: 60,
  operationsPerWindow: { PARTNER: 600, MEMBER: 300, ADMIN: 600 },
};

/**
 * How instances reconcile their counts: each may admit 5 % of an allowance
 * (30 operations of a partner app's 600) before DynamoDB acknowledges them,
 * so N instances serving one credential at once admit at most
 * limit − 1 + N × 30 in a window, and a busy credential costs one write per
 * 22 operations (a member's: 11; see flushThresholdOf) instead of one per operation.
 */
export const RATE_LIMIT_RECONCILIATION: ReconciliationPolicy = {
  localShare: 0.05,
  flushTimeoutMs: 5000,
};

/**
 * Longest identifier (any `ID` argument, at any depth) accepted, in UTF-8
 * bytes. Every id the API issues is far shorter (match ids, the longest, stay
 * under 300); the bound keeps any id inside DynamoDB's key-size limits
 * (partition key 2048 bytes, sort key 1024 bytes) with room for key prefixes.
 */
export const MAX_ID_BYTES = 512;
