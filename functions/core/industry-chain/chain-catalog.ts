/**
 * The view of the industry-chain model that organization and collaboration
 * rules and the store's listing items read (ChainCatalog): whether a segment
 * or park exists, and which chain a segment is on. A narrow port, so
 * validation depends on three questions rather than the whole model.
 */
import type { IndustryChainModel } from './industry-chain-model.js';

/** The three questions validation and listing items ask of the model. */
export interface ChainCatalog {
  hasSegment(segmentId: string): boolean;
  /** The chain a segment belongs to; undefined for an unknown segment. */
  chainIdOf(segmentId: string): string | undefined;
  hasPark(parkId: string): boolean;
}

/** A catalog over a model (pure; tests may build one over small data). */
export function chainCatalogOf(model: Pick<IndustryChainModel, 'segment' | 'chainOf' | 'parks'>): ChainCatalog {
  const parkIds = new Set(model.parks().map((park) => park.id));
  return {
    hasSegment: (segmentId) => model.segment(segmentId) !== undefined,
    chainIdOf: (segmentId) => model.chainOf(segmentId)?.id,
    hasPark: (parkId) => parkIds.has(parkId),
  };
}
