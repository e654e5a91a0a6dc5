/**
 * Candidate generation plan: which industry-chain index partitions a search
 * reads. A candidate can only score if some evidence links it to the seeker,
 * and every kind of evidence names a segment of the seeker's or one linked to
 * it; so the partitions to read follow from the seeker's segments and their
 * links in the chain graph, never from the size of the table. Each segment
 * partition is split by the candidates' country and type group (enterprise or
 * research body: the hard filters searches use), and each sub-partition is sorted by the
 * candidates' quality key (./candidate-quality.ts): a search reads only the
 * sub-partitions its filters and preferences allow, the most promising first,
 * each from its best candidate on. The number of reads and each read's size
 * are capped.
 */
import type { MatchProfile } from '../match-profile.js';
import { COOPERATION_MODES, COUNTRIES, ORGANIZATION_TYPES, type Country, type OrganizationType } from '../vocabulary.js';
import type { ChainGraph } from '../industry-chain/chain-graph.js';
import type { FitRequest } from './fit-request.js';
import type { SearchFilters } from './hard-filters.js';
import { partnerTypeFit } from './partner-type-fit.js';
import { COMPONENT_WEIGHTS, EVIDENCE_STRENGTH } from './weights.js';

/** Open collaborations read per collaboration segment (one Query page). */
export const CANDIDATES_PER_PARTITION = 40;
/**
 * Index items read from each candidate sub-partition but the most promising
 * (one Query page), best quality key first. 20, not 40: in the benchmark's
 * in-memory recall simulation at 100,000 organizations the last 20 of 40
 * added no recall (0.985 either way) and a quarter of the items read.
 */
export const CANDIDATES_PER_SHALLOW_READ = 20;
/** Candidate sub-partitions read per search at most (one Query each, in parallel), most promising first. */
export const MAX_PARTITIONS_PER_SEARCH = 40;
/**
 * The most promising sub-partitions are read deeper: where the best candidates
 * of a large table are. 6, not 8: the same simulation kept recall at 0.98 or
 * more for every request kind with 6, and the two deep reads saved were 600 items.
 */
export const DEEP_READS_PER_SEARCH = 6;
/** Index items read from each of the DEEP_READS_PER_SEARCH most promising sub-partitions (still one Query page). */
export const CANDIDATES_PER_DEEP_READ = 300;
/** Segment partitions of open collaborations read per recommendation at most. */
export const MAX_COLLABORATION_SEGMENTS = 24;

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

/** The segment partitions that could hold a candidate with evidence, strongest evidence first (ties by side, then segment id), at most `max`. */
export function partitionsToRead(graph: ChainGraph, seeker: MatchProfile, max: number = Number.POSITIVE_INFINITY): PartitionRead[] {
  return [...allPartitions(graph, seeker).values()]
    .sort((a, b) => b.priority - a.priority || a.side.localeCompare(b.side) || a.segmentId.localeCompare(b.segmentId))
    .slice(0, max);
}

/**
 * The type groups the candidate index splits by: enterprises, and research
 * bodies (universities and institutes), which the fit model treats alike
 * (evidence and partner-type fit only ask whether a side is an enterprise).
 */
export const CANDIDATE_TYPE_GROUPS = ['ENTERPRISE', 'RESEARCH'] as const;
export type CandidateTypeGroup = (typeof CANDIDATE_TYPE_GROUPS)[number];

export function candidateTypeGroupOf(type: OrganizationType): CandidateTypeGroup {
  return type === 'ENTERPRISE' ? 'ENTERPRISE' : 'RESEARCH';
}

/** One Query of the candidate index: the organizations of one country and type group offering (or seeking) one segment, best first. */
export interface CandidateRead extends PartitionRead {
  country: Country;
  group: CandidateTypeGroup;
  /** Index items to read. */
  limit: number;
}

/** Values a candidate may have: the search's filter and the seeker's preference both allow it (empty allows all). */
function allowed<T>(all: readonly T[], filter: readonly T[], preference: readonly T[]): T[] {
  return all.filter((value) => (filter.length === 0 || filter.includes(value)) && (preference.length === 0 || preference.includes(value)));
}

/**
 * The sub-partitions a search reads, most promising first, at most
 * MAX_PARTITIONS_PER_SEARCH; the first DEEP_READS_PER_SEARCH deeper. A
 * sub-partition's promise is the best score its candidates could owe to what
 * the partition fixes: the evidence its segment and side can give (weighted as
 * the chain fit), cross-border (when preferred) and the pair's type fit for the
 * modes in play. Countries and types the filters or the seeker's own
 * preferences exclude are never read.
 */
export function candidateReads(
  graph: ChainGraph,
  request: FitRequest,
  filters: Pick<SearchFilters, 'countries' | 'types'>,
  max: number = MAX_PARTITIONS_PER_SEARCH,
): CandidateRead[] {
  const { seeker } = request;
  const countries = allowed(COUNTRIES, filters.countries, seeker.preferences.countries);
  const types = allowed(ORGANIZATION_TYPES, filters.types, seeker.preferences.types);
  const groups = CANDIDATE_TYPE_GROUPS.filter((group) => types.some((type) => candidateTypeGroupOf(type) === group));
  const modes = request.modes.length > 0 ? request.modes : seeker.cooperationModes.length > 0 ? seeker.cooperationModes : COOPERATION_MODES;
  const typeFit = new Map(
    groups.map((group) => [
      group,
      partnerTypeFit(seeker, { ...seeker, type: group === 'ENTERPRISE' ? 'ENTERPRISE' : 'UNIVERSITY' }, modes),
    ]),
  );
  const reads: (Omit<CandidateRead, 'limit'> & { promise: number })[] = [];
  for (const partition of partitionsToRead(graph, seeker)) {
    for (const country of countries) {
      for (const group of groups) {
        const crossBorder = request.crossBorderPreferred && country !== seeker.country ? 1 : 0;
        const promise =
          COMPONENT_WEIGHTS.reciprocalChainFit * partition.priority +
          COMPONENT_WEIGHTS.crossBorder * crossBorder +
          COMPONENT_WEIGHTS.partnerTypeFit * (typeFit.get(group) ?? 0);
        reads.push({ ...partition, country, group, promise });
      }
    }
  }
  // Stable sort: equal promise keeps the evidence order of partitionsToRead, then COUNTRIES and CANDIDATE_TYPE_GROUPS order.
  return reads
    .sort((a, b) => b.promise - a.promise)
    .slice(0, max)
    .map(({ promise: _promise, ...read }, i) => ({
      ...read,
      limit: i < DEEP_READS_PER_SEARCH ? CANDIDATES_PER_DEEP_READ : CANDIDATES_PER_SHALLOW_READ,
    }));
}

/**
 * Segments whose open collaborations may fit an organization: its own segments
 * (requests for what it offers, offers of what it seeks) and the segments one
 * supply link away, strongest first, at most `max`.
 */
export function collaborationSegmentsToRead(
  graph: ChainGraph,
  organization: MatchProfile,
  max: number = MAX_COLLABORATION_SEGMENTS,
): PartitionRead[] {
  const reads = new Map<string, PartitionRead>();
  for (const segment of [...organization.offers, ...organization.seeks]) add(reads, segment, 'OFFERS', EVIDENCE_STRENGTH.SEEKS_OFFERED);
  for (const offered of organization.offers) addNeighbours(graph, reads, offered);
  return [...reads.values()].sort((a, b) => b.priority - a.priority || a.segmentId.localeCompare(b.segmentId)).slice(0, max);
}
