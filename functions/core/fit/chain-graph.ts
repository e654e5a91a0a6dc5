/**
 * The port through which fit scoring reads the industry-chain model: only the
 * questions scoring and zone advice ask. The real model satisfies it (see
 * ./industry-chain-graph.ts); tests may build small graphs.
 */
import type { PolicyMeasure, ZonePark } from '../industry-chain/model.js';
import type { CooperationMode, TrilingualText } from '../vocabulary.js';

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

export interface ChainGraph {
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
