/**
 * Limits on what organizations and collaborations may contain, defined once: the
 * validation rules, the schema descriptions and docs/data-model.md (which
 * derives the transaction-size bound from them) all refer to these values.
 */

export const INPUT_LIMITS = {
  /** Organization and collaboration names/titles, per language. */
  nameLength: 200,
  /** Collaboration summaries and organization descriptions, per language. */
  descriptionLength: 4000,
  /** The short note on an offered segment. */
  noteLength: 280,
  /** Region, city, contact person, one keyword. */
  shortTextLength: 100,
  websiteLength: 300,
  emailLength: 254,
  phoneLength: 40,
  /** Free keywords per organization. */
  keywords: 20,
  /**
   * Segments an organization offers / seeks. Each segment costs index and
   * listing items, so these bound one TransactWriteItems far below DynamoDB's
   * 100-item limit (see docs/data-model.md, "Transactions").
   */
  offeredSegments: 8,
  soughtSegments: 8,
  /** Zone parks in an organization's preferences (a list filter; bounds the listing item's size). */
  preferredParks: 5,
  /** Segments of one collaboration. */
  collaborationSegments: 5,
  /** Earliest founding year accepted (the oldest universities of either country are younger). */
  earliestFoundedYear: 1800,
  /** Idempotency keys: 8-100 characters of [A-Za-z0-9_.:-]. */
  idempotencyKeyMinLength: 8,
  idempotencyKeyMaxLength: 100,
} as const;

/** Collaborations expire 365 days after publication unless the poster asks for less (or up to two years). */
export const DEFAULT_COLLABORATION_LIFETIME_DAYS = 365;
export const MAX_COLLABORATION_LIFETIME_DAYS = 730;
