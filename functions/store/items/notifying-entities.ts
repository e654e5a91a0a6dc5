/**
 * The entity tags whose stream records carry domain events (matches,
 * organizations, invitations and event meeting requests) or open postings for saved alerts (collaborations). Pure data, so the CDK stack can filter the
 * worker's event source by it without importing the store's parsers.
 */
export const NOTIFYING_ENTITY_TAGS = ['MATCH', 'ORGANIZATION', 'INVITATION', 'COLLABORATION', 'EVENT_MEETING'] as const;
