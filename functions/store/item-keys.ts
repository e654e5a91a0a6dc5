/**
 * Every key shape of the organization and collaboration items, in one place.
 * docs/data-model.md lists them with the access patterns they serve.
 */

export interface ItemKey {
  pk: string;
  sk: string;
}

/** An item as written: its key plus attributes (the document client marshals it). */
export type Item = ItemKey & Record<string, unknown>;

export const organizationKey = (id: string): ItemKey => ({ pk: `ORG#${id}`, sk: 'PROFILE' });
export const collaborationKey = (id: string): ItemKey => ({ pk: `POSTING#${id}`, sk: 'POSTING' });

/** The partition of a segment: match index items of organizations and open postings. */
export const segmentPartition = (segmentId: string): string => `SEGMENT#${segmentId}`;

/** Tier in index sort keys: verified organizations sort (and so are read) first. */
export const VERIFICATION_TIER = { VERIFIED: '1', UNVERIFIED: '2' } as const;

export const offersIndexKey = (segmentId: string, tier: string, organizationId: string): ItemKey => ({
  pk: segmentPartition(segmentId),
  sk: `OFFERS#${tier}#${organizationId}`,
});
export const seeksIndexKey = (segmentId: string, tier: string, organizationId: string): ItemKey => ({
  pk: segmentPartition(segmentId),
  sk: `SEEKS#${tier}#${organizationId}`,
});
export const openPostingIndexKey = (segmentId: string, postingId: string): ItemKey => ({
  pk: segmentPartition(segmentId),
  sk: `POSTINGS#${postingId}`,
});

/** Sort-key prefixes of the segment partition, for begins_with queries. */
export const SEGMENT_SORT_PREFIX = { offers: 'OFFERS#', seeks: 'SEEKS#', postings: 'POSTINGS#' } as const;

/** Listing facets: each is one gsi1 partition per value. */
export type OrganizationFacet = 'ALL' | 'SEGMENT';
export type CollaborationFacet = 'ALL' | 'OWNER' | 'SEGMENT' | 'CHAIN';

/** gsi1 partition of an organization listing, e.g. `ORGS#SEGMENT#nev.power-semiconductors`, `ORGS#ALL`. */
export const organizationListPartition = (facet: OrganizationFacet, value?: string): string =>
  facet === 'ALL' ? 'ORGS#ALL' : `ORGS#${facet}#${value}`;
export const collaborationListPartition = (facet: CollaborationFacet, value?: string): string =>
  facet === 'ALL' ? 'POSTINGS#ALL' : `POSTINGS#${facet}#${value}`;

/** A listing item lives in its owner's partition, so an update finds and replaces it with the profile. */
export const organizationListKey = (id: string, facet: OrganizationFacet, value?: string): ItemKey => ({
  pk: `ORG#${id}`,
  sk: facet === 'ALL' ? 'LIST#ALL' : `LIST#${facet}#${value}`,
});
export const collaborationListKey = (id: string, facet: CollaborationFacet, value?: string): ItemKey => ({
  pk: `POSTING#${id}`,
  sk: facet === 'ALL' ? 'LIST#ALL' : `LIST#${facet}#${value}`,
});

/** Idempotency records are scoped by operation and caller, so two callers' keys never collide. */
export const idempotencyKey = (operation: string, scope: string, key: string): ItemKey => ({
  pk: `IDEMPOTENCY#${operation}#${scope}#${key}`,
  sk: 'IDEMPOTENCY',
});

export const keyOf = (item: ItemKey): ItemKey => ({ pk: item.pk, sk: item.sk });
export const keyString = (key: ItemKey): string => `${key.pk}\u0000${key.sk}`;
