/**
 * The ChainCatalog of the demonstration zone, answered by the industry-chain
 * model: the one answer to "does this segment / park exist" and "which chain
 * is this segment on" for validation and listing items.
 */
import type { ChainCatalog } from './chain-catalog.js';
import { industryChainModel, type IndustryChainModel } from './industry-chain/industry-chain-model.js';

/** A catalog over a model (pure; tests may build one over small data). */
export function chainCatalogOf(model: Pick<IndustryChainModel, 'segment' | 'chainOf' | 'parks'>): ChainCatalog {
  const parkIds = new Set(model.parks().map((park) => park.id));
  return {
    hasSegment: (segmentId) => model.segment(segmentId) !== undefined,
    chainIdOf: (segmentId) => model.chainOf(segmentId)?.id,
    hasPark: (parkId) => parkIds.has(parkId),
  };
}

export const zoneChainCatalog: ChainCatalog = chainCatalogOf(industryChainModel);
