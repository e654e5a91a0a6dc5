/**
 * The ChainCatalog of the demonstration zone, built from the industry-chain
 * model's data: the one answer to "does this segment / park exist" and "which
 * chain is this segment on" for validation and listing items.
 */
import type { ChainCatalog } from './chain-catalog.js';
import type { ChainGroup, ZonePark } from './industry-chain/model.js';
import { industryChainData } from './industry-chain/data/index.js';

/** A catalog over chain groups and parks (pure; tests may build small ones). */
export function chainCatalogOf(groups: readonly ChainGroup[], parks: readonly Pick<ZonePark, 'id'>[]): ChainCatalog {
  const chainOfSegment = new Map<string, string>();
  for (const chain of groups.flatMap((group) => group.chains)) {
    for (const segment of chain.stages.flatMap((stage) => stage.segments)) chainOfSegment.set(segment.id, chain.id);
  }
  const parkIds = new Set(parks.map((park) => park.id));
  return {
    hasSegment: (segmentId) => chainOfSegment.has(segmentId),
    chainIdOf: (segmentId) => chainOfSegment.get(segmentId),
    hasPark: (parkId) => parkIds.has(parkId),
  };
}

export const zoneChainCatalog: ChainCatalog = chainCatalogOf(industryChainData.groups, industryChainData.parks);
