/**
 * Pure builders of a posting's own items: the posting, and one listing item per
 * gsi1 facet (all postings; its owner; each segment; each chain), sorted newest
 * first by `<createdAt>#<id>` and carrying the attributes list filters test.
 */
import type { ChainCatalog } from '../core/chain-catalog.js';
import type { Collaboration } from '../core/collaboration.js';
import { collaborationKey, collaborationListKey, collaborationListPartition, type CollaborationFacet, type Item } from './item-keys.js';

export const COLLABORATION_ENTITY = 'COLLABORATION';
export const COLLABORATION_LISTING_ENTITY = 'COLLABORATION_LISTING';

export function collaborationItem(posting: Collaboration): Item {
  return { ...collaborationKey(posting.id), entity: COLLABORATION_ENTITY, ...posting };
}

export function collaborationFromItem(item: Record<string, unknown>): Collaboration {
  const { pk: _pk, sk: _sk, entity: _entity, ...posting } = item;
  return posting as unknown as Collaboration;
}

export function postingChainsOf(posting: Pick<Collaboration, 'segments'>, catalog: ChainCatalog): string[] {
  return [...new Set(posting.segments.flatMap((segmentId) => catalog.chainIdOf(segmentId) ?? []))];
}

export function collaborationListingItems(posting: Collaboration, catalog: ChainCatalog): Item[] {
  const chains = postingChainsOf(posting, catalog);
  const summary = {
    entity: COLLABORATION_LISTING_ENTITY,
    collaborationId: posting.id,
    ownerOrganizationId: posting.ownerOrganizationId,
    kind: posting.kind,
    status: posting.status,
    expiresAt: posting.expiresAt,
    segments: posting.segments,
    chains,
  };
  const item = (facet: CollaborationFacet, value?: string): Item => ({
    ...collaborationListKey(posting.id, facet, value),
    gsi1pk: collaborationListPartition(facet, value),
    gsi1sk: `${posting.createdAt}#${posting.id}`,
    ...summary,
  });
  return [
    item('ALL'),
    item('OWNER', posting.ownerOrganizationId),
    ...posting.segments.map((segmentId) => item('SEGMENT', segmentId)),
    ...chains.map((chainId) => item('CHAIN', chainId)),
  ];
}

export function allCollaborationItems(posting: Collaboration, catalog: ChainCatalog): Item[] {
  return [collaborationItem(posting), ...collaborationListingItems(posting, catalog)];
}
