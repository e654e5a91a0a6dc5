/**
 * The view of the industry-chain model that fit scoring reads (ChainGraph):
 * only the questions scoring and zone advice ask, by segment id. Scoring
 * depends on this port rather than on the model so tests can build small
 * graphs; chainGraphOf adapts the real model to it.
 */
import type { CooperationMode, TrilingualText } from '../vocabulary.js';
import type { IndustryChainModel } from './industry-chain-model.js';
import type { PolicyMeasure, ZonePark } from './model-types.js';

/** A segment one supply link away, and whether the link crosses chains. */
export interface SupplyNeighbour {
  segmentId: string;
  crossChain: boolean;
}

/** What policiesFor is asked: the pair's segments, the cooperation mode, whether the pair is China-ROK. */
export interface PolicyQuery {
  segmentIds: readonly string[];
  mode?: CooperationMode;
  crossBorder: boolean;
}

/** The industry-chain questions the fit model asks. */
export interface ChainGraph {
  /** Version of the data set answering; stored fits record it, so a later model change is visible. */
  readonly modelVersion: string;
  /** The segment's display name in three languages; undefined for an unknown id. */
  segmentName(segmentId: string): TrilingualText | undefined;
  /** Id of the chain the segment belongs to. */
  chainIdOf(segmentId: string): string | undefined;
  /** Segments that supply this one (upstream neighbours). */
  suppliersOf(segmentId: string): readonly SupplyNeighbour[];
  /** Segments this one supplies (downstream neighbours). */
  customersOf(segmentId: string): readonly SupplyNeighbour[];
  /** Whether universities and institutes serve the segment (a research link exists). */
  isResearchServed(segmentId: string): boolean;
  /** Every segment id of a chain, upstream to downstream. */
  segmentsOfChain(chainId: string): readonly string[];
  /** Parks hosting any of the segments. */
  parksFor(segmentIds: readonly string[]): readonly ZonePark[];
  /** Policy measures of the plan that apply. */
  policiesFor(query: PolicyQuery): readonly PolicyMeasure[];
}

// Scoring asks the same neighbour questions for every candidate of a search.
function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as T;
  };
}

/** The fit model's view of a model; neighbour lists are memoized. */
export function chainGraphOf(model: IndustryChainModel): ChainGraph {
  const neighbours = (list: ReturnType<IndustryChainModel['suppliersOf']>): SupplyNeighbour[] =>
    list.map((partner) => ({ segmentId: partner.segment.id, crossChain: partner.crossChain }));
  const chainSegments = new Map(
    model.chains().map((chain) => [chain.id, chain.stages.flatMap((stage) => stage.segments.map((s) => s.id))]),
  );
  return {
    modelVersion: model.version,
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
