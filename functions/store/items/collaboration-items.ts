/**
 * A collaboration's own items: the collaboration (`COLLABORATION#<id>` /
 * `COLLABORATION`), and one listing item per gsi1 facet (all collaborations;
 * its owner; each segment; each chain), sorted newest first by
 * `<createdAt>#<id>` and carrying the attributes list filters test.
 */
import type { ChainCatalog } from '../../core/industry-chain/chain-catalog.js';
import { COLLABORATION_KINDS, COLLABORATION_STATUSES, type Collaboration } from '../../core/collaboration.js';
import type { CollaborationFacts } from '../../core/zone-statistics.js';
import { cooperationMode, country, ipStatus, localizedText, organizationType, strings, technologyMaturity } from './domain-fields.js';
import { bool, list, num, oneOf, optional, parseItem, pick, shape, str, type Field, type ShapeOf } from './item-parser.js';
import { declareItemType } from './item-type.js';
import {
  collaborationKey,
  collaborationListKey,
  collaborationListPartition,
  indexKey,
  type CollaborationFacet,
  type Item,
} from './keys.js';

/** The checker of each field of a collaboration (snapshots and listings pick theirs from it). */
export const COLLABORATION_FIELDS: ShapeOf<Collaboration> = {
  id: str,
  ownerOrganizationId: str,
  kind: oneOf(COLLABORATION_KINDS),
  title: localizedText,
  summary: localizedText,
  segments: strings,
  cooperationModes: list(cooperationMode),
  partnerTypes: list(organizationType),
  partnerCountries: list(country),
  maturity: optional(technologyMaturity),
  ipStatus: optional(ipStatus),
  expiresAt: str,
  status: oneOf(COLLABORATION_STATUSES),
  openForInterest: bool,
  createdAt: str,
  updatedAt: str,
  version: num,
};

/** The collaboration itself, with its stored status and version. */
export const COLLABORATION_ITEM = declareItemType('COLLABORATION', shape<Collaboration>(COLLABORATION_FIELDS));

/** What a listing item carries: the attributes the collaboration list filters test. */
export type CollaborationListing = Pick<Collaboration, 'ownerOrganizationId' | 'kind' | 'status' | 'expiresAt' | 'segments'> & {
  collaborationId: string;
  chains: string[];
};

const listing: Field<CollaborationListing> = shape<CollaborationListing>({
  ...pick(COLLABORATION_FIELDS, ['ownerOrganizationId', 'kind', 'status', 'expiresAt', 'segments']),
  collaborationId: str,
  chains: strings,
});

/** A listing item (gsi1 `COLLABORATIONS#ALL`, `#OWNER#<orgId>`, `#SEGMENT#<segmentId>`, `#CHAIN#<chainId>`). */
export const COLLABORATION_LISTING_ITEM = declareItemType('COLLABORATION_LISTING', listing, { indexes: ['gsi1'] });

/** The facts zone statistics count, read from a listing item projected to them. */
export const collaborationFactsOf = (item: Record<string, unknown>): CollaborationFacts =>
  parseItem(COLLABORATION_LISTING_ITEM.entity, shape<CollaborationFacts>(pick(COLLABORATION_FIELDS, ['status', 'expiresAt'])), item);

/** The collaboration's own item. */
export function collaborationItem(value: Collaboration): Item {
  return { ...collaborationKey(value.id), entity: COLLABORATION_ITEM.entity, ...value };
}

/** The collaboration a collaboration item holds. */
export const collaborationFromItem = COLLABORATION_ITEM.parse;

/** Distinct chains of a collaboration's segments. */
export function collaborationChainsOf(value: Pick<Collaboration, 'segments'>, catalog: ChainCatalog): string[] {
  return [...new Set(value.segments.flatMap((segmentId) => catalog.chainIdOf(segmentId) ?? []))];
}

/** One listing item per gsi1 facet: all collaborations, the owner, each segment, each chain. */
export function collaborationListingItems(value: Collaboration, catalog: ChainCatalog): Item[] {
  const chains = collaborationChainsOf(value, catalog);
  const summary: CollaborationListing = {
    collaborationId: value.id,
    ownerOrganizationId: value.ownerOrganizationId,
    kind: value.kind,
    status: value.status,
    expiresAt: value.expiresAt,
    segments: value.segments,
    chains,
  };
  const item = (facet: CollaborationFacet, facetValue?: string): Item => ({
    ...collaborationListKey(value.id, facet, facetValue),
    ...indexKey('gsi1', collaborationListPartition(facet, facetValue), `${value.createdAt}#${value.id}`),
    entity: COLLABORATION_LISTING_ITEM.entity,
    ...summary,
  });
  return [
    item('ALL'),
    item('OWNER', value.ownerOrganizationId),
    ...value.segments.map((segmentId) => item('SEGMENT', segmentId)),
    ...chains.map((chainId) => item('CHAIN', chainId)),
  ];
}

/** The collaboration's item and its listing items (not the index items, which depend on the time). */
export function allCollaborationItems(value: Collaboration, catalog: ChainCatalog): Item[] {
  return [collaborationItem(value), ...collaborationListingItems(value, catalog)];
}
