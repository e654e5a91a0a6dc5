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
  /** Lexical tokens per document (bounds parsing work). */
  maxTokens: 1000,
  /** Directives per document. */
  maxDirectives: 10,
} as const;

export type QueryLimitName = keyof typeof QUERY_LIMITS | 'maxCost' | 'maxPublicDepth' | 'maxTextLength';

/**
 * The cost of an operation (functions/api/query-cost.ts), computed before any
 * resolver runs from the document and its variables: every field selected
 * costs 1 per time it will be resolved, so a list field multiplies what is
 * below it by its size: `first` (a literal or a variable; the default page
 * size when absent) for pages, and for the industry-chain model's lists the
 * largest such list in the loaded model (parks per segment, segments per
 * park, stages per chain…, derived at start from the model, see
 * `modelListSizes`). On top, each root field costs the work behind it. The
 * numbers and the reasoning are in docs/security.md, "Request limits".
 */
export const QUERY_COST = {
  /** Largest cost of one operation for a signed-in caller (partner app, member, administrator). */
  maxCost: 100_000,
  /** Largest cost of one operation for an anonymous caller (`/public/graphql`). */
  maxAnonymousCost: 20_000,
  /** Nesting depth allowed to anonymous callers (the public model's deepest useful query is 6 deep). */
  maxPublicDepth: 7,
  /** A list field whose size neither `first` nor the model bounds counts as this many items. */
  defaultListSize: 20,
  /** Root fields answered from the in-memory industry-chain model. */
  modelRootField: 1,
  /** Root fields that read the table (one item, one page or one index query). */
  storeRootField: 10,
  /** Partner search and recommendations: scoring reads up to a few hundred items (docs/matching.md). */
  searchRootField: 1000,
  /** Every mutation: a transaction of several items, an audit event and often a notification. */
  mutationRootField: 1000,
  /** Cost points one rate-limit unit stands for: a request is charged ceil(cost / costPerUnit) units, at least 1. */
  costPerRateLimitUnit: 1000,
} as const;

/**
 * Longest free-text argument, in characters (UTF-16 code units, as
 * JavaScript and GraphQL count them), checked for every `String` argument at
 * any depth of its input before the operation runs. The general cap is the
 * longest text the domain stores (a description, INPUT_LIMITS.descriptionLength);
 * the domain's own, smaller, per-field limits (names 200, notes 280…) still
 * apply when the use case validates. Keyword search matches names and
 * keywords, none longer than a few dozen characters, so its text has a far
 * smaller cap.
 */
export const TEXT_ARGUMENT_LIMITS = {
  /** Any String argument or input field. */
  default: 4000,
  /** By `Type.field.argument`: tighter caps. */
  byArgument: {
    'Query.searchSegments.text': 200,
  } as Readonly<Record<string, number>>,
} as const;

/**
 * Largest GraphQL response body (bytes) either transport sends. Lambda's
 * synchronous response limit is 6 MB; a larger answer would be cut off by
 * AWS as a 500 after the whole work was done. The cost limit keeps every
 * accepted operation far below this; the cap is the backstop, answered with a
 * clear RESPONSE_TOO_LARGE error instead of a truncated body.
 */
export const MAX_RESPONSE_BYTES = 4 * 1024 * 1024;

/**
 * Per-credential allowance (see docs/security.md, "Rate limiting"): a fixed
 * window counted in memory per instance and totalled in DynamoDB, on top of
 * API Gateway's stage throttling.
 */
export const RATE_LIMIT_POLICY: RateLimitPolicy = {
  windowSeconds: 60,
  // Units: a request costs ceil(cost / QUERY_COST.costPerRateLimitUnit), at least 1, so most reads cost 1.
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
