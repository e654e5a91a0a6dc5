/**
 * Candidate generation plan: which industry-chain index partitions a search
 * reads. A candidate can only score if some evidence links it to the seeker,
 * and every kind of evidence names a segment of the seeker's or one linked to
 * it; so the partitions to read follow from the seeker's segments and their
 * links in the chain graph, never from the size of the table. Partitions are
 * read strongest-evidence first and capped, and each read is capped too.
 */
import type { MatchProfile } from '../match-profile.js';
import type { ChainGraph } from '../industry-chain/chain-graph.js';
import { EVIDENCE_STRENGTH } from './weights.js';

/** Index items read per segment partition: one Query page, verified organizations first. */
export const CANDIDATES_PER_PARTITION = 40;
/** Segment partitions read per search at most, strongest evidence first. */
export const MAX_PARTITIONS_PER_SEARCH = 24;

/** Open collaborations scored per recommendation request at most (their owners are read in one BatchGetItem of 100). */
export const MAX_COLLABORATIONS_PER_RECOMMENDATION = 100;

/** OFFERS: organizations working in the segment; SEEKS: organizations looking for partners in it. */
export type PartitionSide = 'OFFERS' | 'SEEKS';

export interface PartitionRead {
  segmentId: string;
  side: PartitionSide;
  /** Strength of the strongest evidence a candidate found there could give. */
  priority: number;
}

function add(reads: Map<string, PartitionRead>, segmentId: string, side: PartitionSide, priority: number): void {
  const key = `${side}|${segmentId}`;
  const known = reads.get(key);
  if (!known || known.priority < priority) reads.set(key, { segmentId, side, priority });
}

function addNeighbours(graph: ChainGraph, reads: Map<string, PartitionRead>, segmentId: string): void {
  for (const n of [...graph.suppliersOf(segmentId), ...graph.customersOf(segmentId)]) {
    add(reads, n.segmentId, 'OFFERS', n.crossChain ? EVIDENCE_STRENGTH.CROSS_CHAIN_SUPPLY : EVIDENCE_STRENGTH.SUPPLY);
  }
}

/** Every partition that could hold a candidate with evidence, before the cap. */
function allPartitions(graph: ChainGraph, seeker: MatchProfile): Map<string, PartitionRead> {
  const reads = new Map<string, PartitionRead>();
  for (const sought of seeker.seeks) {
    add(reads, sought, 'OFFERS', EVIDENCE_STRENGTH.SEEKS_OFFERED);
    if (graph.isResearchServed(sought)) add(reads, sought, 'OFFERS', EVIDENCE_STRENGTH.RESEARCH);
  }
  for (const offered of seeker.offers) {
    add(reads, offered, 'SEEKS', EVIDENCE_STRENGTH.SEEKS_OFFERED);
    // Same segment: research links (enterprise ↔ research body) and peers.
    add(reads, offered, 'OFFERS', graph.isResearchServed(offered) ? EVIDENCE_STRENGTH.RESEARCH : EVIDENCE_STRENGTH.PEER);
    addNeighbours(graph, reads, offered);
    const chain = graph.chainIdOf(offered);
    for (const other of chain ? graph.segmentsOfChain(chain) : []) add(reads, other, 'OFFERS', EVIDENCE_STRENGTH.SAME_CHAIN);
  }
  return reads;
}

/** The partitions to read, strongest evidence first (ties by side, then segment id), at most `max`. */
export function partitionsToRead(graph: ChainGraph, seeker: MatchProfile, max: number = MAX_PARTITIONS_PER_SEARCH): PartitionRead[] {
  return [...allPartitions(graph, seeker).values()]
    .sort((a, b) => b.priority - a.priority || a.side.localeCompare(b.side) || a.segmentId.localeCompare(b.segmentId))
    .slice(0, max);
}

/**
 * Segments whose open collaborations may fit an organization: its own segments
 * (requests for what it offers, offers of what it seeks) and the segments one
 * supply link away, strongest first, at most `max`.
 */
export function collaborationSegmentsToRead(
  graph: ChainGraph,
  organization: MatchProfile,
  max: number = MAX_PARTITIONS_PER_SEARCH,
): PartitionRead[] {
  const reads = new Map<string, PartitionRead>();
  for (const segment of [...organization.offers, ...organization.seeks]) add(reads, segment, 'OFFERS', EVIDENCE_STRENGTH.SEEKS_OFFERED);
  for (const offered of organization.offers) addNeighbours(graph, reads, offered);
  return [...reads.values()].sort((a, b) => b.priority - a.priority || a.segmentId.localeCompare(b.segmentId)).slice(0, max);
}
