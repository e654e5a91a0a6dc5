/**
 * The industry-chain model seen through the fit model's port (ChainGraph).
 * Neighbour lists and chain memberships are memoized: scoring asks the same
 * questions for every candidate of a search.
 */
import { industryChainModel, type IndustryChainModel } from '../industry-chain/industry-chain-model.js';
import type { ZonePark } from '../industry-chain/model.js';
import type { ChainGraph, SupplyNeighbour } from './chain-graph.js';

function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as T;
  };
}

export function chainGraphOf(model: IndustryChainModel): ChainGraph {
  const neighbours = (list: ReturnType<IndustryChainModel['suppliersOf']>): SupplyNeighbour[] =>
    list.map((partner) => ({ segmentId: partner.segment.id, crossChain: partner.crossChain }));
  const chainSegments = new Map(model.chains().map((chain) => [chain.id, chain.stages.flatMap((stage) => stage.segments.map((s) => s.id))]));
  return {
    segmentName: (id) => model.segment(id)?.name,
    chainIdOf: (id) => model.chainOf(id)?.id,
    suppliersOf: memoize((id) => neighbours(model.suppliersOf(id))),
    customersOf: memoize((id) => neighbours(model.customersOf(id))),
    isResearchServed: (id) => model.isResearchServed(id),
    segmentsOfChain: (chainId) => chainSegments.get(chainId) ?? [],
    parksFor: (ids) => {
      const parks = new Map<string, ZonePark>();
      for (const id of ids) for (const park of model.parksFor(id)) parks.set(park.id, park);
      return [...parks.values()];
    },
    policiesFor: ({ segmentIds, mode, crossBorder }) => model.policiesFor(segmentIds, mode, crossBorder),
  };
}

/** The demonstration zone's model, as the fit model reads it. */
export const zoneChainGraph: ChainGraph = chainGraphOf(industryChainModel);
