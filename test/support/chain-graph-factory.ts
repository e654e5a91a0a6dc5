/**
 * A tiny ChainGraph for unit tests of edge cases the zone's real model does
 * not isolate well (same rules as the real model's port, see
 * functions/core/industry-chain/chain-graph.ts). Realistic tests use the real model.
 */
import type { ChainGraph, SupplyNeighbour } from '../../functions/core/industry-chain/chain-graph.js';
import type { PolicyMeasure, ZonePark } from '../../functions/core/industry-chain/model-types.js';

export interface TinyGraphSpec {
  /** chain id → its segment ids, upstream to downstream (ids need not be prefixed). */
  chains: Record<string, string[]>;
  /** Version the graph reports (default `tiny-1`). */
  modelVersion?: string;
  /** [from, to]: from supplies to. */
  supply?: [string, string][];
  /** Segments universities and institutes serve. */
  research?: string[];
  parks?: Pick<ZonePark, 'id' | 'segments'>[];
  policies?: Pick<PolicyMeasure, 'id' | 'segments' | 'modes' | 'crossBorderOnly'>[];
}

const text = (id: string) => ({ en: `${id} (en)`, zh: `${id}（中）`, ko: `${id}(한)` });

export function tinyChainGraph(spec: TinyGraphSpec): ChainGraph {
  const chainOf = new Map(Object.entries(spec.chains).flatMap(([chain, segments]) => segments.map((s) => [s, chain] as const)));
  const neighbours = (segmentId: string, from: 0 | 1): SupplyNeighbour[] =>
    (spec.supply ?? [])
      .filter((link) => link[1 - from] === segmentId)
      .map((link) => ({ segmentId: link[from], crossChain: chainOf.get(link[0]) !== chainOf.get(link[1]) }));
  const parks: ZonePark[] = (spec.parks ?? []).map((p) => ({ ...p, kind: 'PARK', name: text(p.id), description: text(p.id) }));
  const policies: PolicyMeasure[] = (spec.policies ?? []).map((p) => ({ ...p, name: text(p.id), summary: text(p.id) }));
  return {
    modelVersion: spec.modelVersion ?? 'tiny-1',
    segmentName: (id) => (chainOf.has(id) ? text(id) : undefined),
    chainIdOf: (id) => chainOf.get(id),
    suppliersOf: (id) => neighbours(id, 0),
    customersOf: (id) => neighbours(id, 1),
    isResearchServed: (id) => (spec.research ?? []).includes(id),
    segmentsOfChain: (chain) => spec.chains[chain] ?? [],
    parksFor: (ids) => parks.filter((park) => park.segments.some((s) => ids.includes(s))),
    policiesFor: ({ segmentIds, mode, crossBorder }) =>
      policies.filter(
        (p) =>
          (p.segments.length === 0 || p.segments.some((s) => segmentIds.includes(s))) &&
          (mode === undefined || p.modes.length === 0 || p.modes.includes(mode)) &&
          (!p.crossBorderOnly || crossBorder),
      ),
  };
}
