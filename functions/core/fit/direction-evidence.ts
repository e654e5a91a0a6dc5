/**
 * Industry-chain evidence between a seeker and a candidate, read from the
 * chain graph: stated needs met, supply links (within and across chains),
 * research links, peers, same chain. Each piece says which segments of the two
 * it joins, in which direction, and whom it serves: forward fit (the candidate
 * serves the seeker) and reverse fit (the seeker serves the candidate) are
 * aggregated from the pieces serving each side.
 */
import type { MatchProfile } from '../match-profile.js';
import type { CooperationMode } from '../vocabulary.js';
import type { ChainGraph, SupplyNeighbour } from '../industry-chain/chain-graph.js';
import { CORROBORATION, EVIDENCE_KINDS, EVIDENCE_STRENGTH, PEER_MODES, type EvidenceKind } from './weights.js';

export const REASON_DIRECTIONS = [
  'CANDIDATE_OFFERS_WHAT_SEEKER_SEEKS',
  'SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS',
  'CANDIDATE_SUPPLIES_SEEKER',
  'SEEKER_SUPPLIES_CANDIDATE',
  'CANDIDATE_RESEARCHES_FOR_SEEKER',
  'SEEKER_RESEARCHES_FOR_CANDIDATE',
  'PEERS',
  'SAME_CHAIN',
] as const;
export type ReasonDirection = (typeof REASON_DIRECTIONS)[number];

/** Whom a piece of evidence serves: the seeker (forward), the candidate (reverse) or both. */
export type Beneficiary = 'SEEKER' | 'CANDIDATE' | 'BOTH';

export interface Evidence {
  kind: EvidenceKind;
  direction: ReasonDirection;
  seekerSegment: string;
  candidateSegment: string;
  strength: number;
  serves: Beneficiary;
}

function isResearchBody(profile: MatchProfile): boolean {
  return profile.type !== 'ENTERPRISE';
}

function piece(
  kind: EvidenceKind,
  direction: ReasonDirection,
  seekerSegment: string,
  candidateSegment: string,
  serves: Beneficiary,
): Evidence {
  return { kind, direction, seekerSegment, candidateSegment, strength: EVIDENCE_STRENGTH[kind], serves };
}

/** Stated needs met: the candidate offers what the seeker seeks, and the other way round. */
export function statedNeedEvidence(seeker: MatchProfile, candidate: MatchProfile): Evidence[] {
  const found: Evidence[] = [];
  for (const segment of seeker.seeks) {
    if (candidate.offers.includes(segment))
      found.push(piece('SEEKS_OFFERED', 'CANDIDATE_OFFERS_WHAT_SEEKER_SEEKS', segment, segment, 'SEEKER'));
  }
  for (const segment of candidate.seeks) {
    if (seeker.offers.includes(segment))
      found.push(piece('SEEKS_OFFERED', 'SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS', segment, segment, 'CANDIDATE'));
  }
  return found;
}

function linkTo(neighbours: readonly SupplyNeighbour[], segmentId: string): SupplyNeighbour | undefined {
  return neighbours.find((n) => n.segmentId === segmentId);
}

/** Supply links between the two enterprises' segments; both sides gain from a supplier-customer pair. */
export function supplyEvidence(graph: ChainGraph, seeker: MatchProfile, candidate: MatchProfile): Evidence[] {
  if (isResearchBody(seeker) || isResearchBody(candidate)) return [];
  const found: Evidence[] = [];
  for (const mine of seeker.offers) {
    for (const theirs of candidate.offers) {
      const upstream = linkTo(graph.suppliersOf(mine), theirs);
      if (upstream)
        found.push(piece(upstream.crossChain ? 'CROSS_CHAIN_SUPPLY' : 'SUPPLY', 'CANDIDATE_SUPPLIES_SEEKER', mine, theirs, 'BOTH'));
      const downstream = linkTo(graph.customersOf(mine), theirs);
      if (downstream)
        found.push(piece(downstream.crossChain ? 'CROSS_CHAIN_SUPPLY' : 'SUPPLY', 'SEEKER_SUPPLIES_CANDIDATE', mine, theirs, 'BOTH'));
    }
  }
  return found;
}

function isAdjacent(graph: ChainGraph, a: string, b: string): boolean {
  return !!linkTo(graph.suppliersOf(a), b) || !!linkTo(graph.customersOf(a), b);
}

/**
 * Research links: a university or institute with capability in the
 * enterprise's segment (offered or sought), or one supply link away from a
 * segment the enterprise works in. Licensing and joint R&D serve both sides.
 */
export function researchEvidence(graph: ChainGraph, seeker: MatchProfile, candidate: MatchProfile): Evidence[] {
  const seekerResearches = isResearchBody(seeker);
  if (seekerResearches === isResearchBody(candidate)) return [];
  const [lab, firm] = seekerResearches ? [seeker, candidate] : [candidate, seeker];
  const direction: ReasonDirection = seekerResearches ? 'SEEKER_RESEARCHES_FOR_CANDIDATE' : 'CANDIDATE_RESEARCHES_FOR_SEEKER';
  const found: Evidence[] = [];
  for (const capability of lab.offers) {
    for (const segment of new Set([...firm.offers, ...firm.seeks])) {
      const kind: EvidenceKind | undefined =
        capability === segment && graph.isResearchServed(segment)
          ? 'RESEARCH'
          : firm.offers.includes(segment) && isAdjacent(graph, capability, segment)
            ? 'RESEARCH_ADJACENT'
            : undefined;
      if (!kind) continue;
      const [seekerSegment, candidateSegment] = seekerResearches ? [capability, segment] : [segment, capability];
      found.push(piece(kind, direction, seekerSegment, candidateSegment, 'BOTH'));
    }
  }
  return found;
}

/**
 * Same segment: peers, counted only when the pair would cooperate as peers
 * (joint R&D, joint venture, investment); otherwise they are competitors and
 * this is no evidence at all. Same chain without a supply link: weak.
 */
export function sameChainEvidence(
  graph: ChainGraph,
  seeker: MatchProfile,
  candidate: MatchProfile,
  modes: readonly CooperationMode[],
): Evidence[] {
  const peersPossible = modes.some((mode) => PEER_MODES.includes(mode));
  const found: Evidence[] = [];
  for (const mine of seeker.offers) {
    for (const theirs of candidate.offers) {
      if (mine === theirs) {
        if (peersPossible) found.push(piece('PEER', 'PEERS', mine, theirs, 'BOTH'));
        continue;
      }
      const chain = graph.chainIdOf(mine);
      if (chain && chain === graph.chainIdOf(theirs) && !isAdjacent(graph, mine, theirs)) {
        found.push(piece('SAME_CHAIN', 'SAME_CHAIN', mine, theirs, 'BOTH'));
      }
    }
  }
  return found;
}

function evidenceKey(e: Evidence): string {
  return `${e.kind}|${e.direction}|${e.seekerSegment}|${e.candidateSegment}`;
}

/** Strongest first; ties in a fixed order (kind, direction, segments) so output is deterministic. */
export function compareEvidence(a: Evidence, b: Evidence): number {
  return (
    b.strength - a.strength ||
    EVIDENCE_KINDS.indexOf(a.kind) - EVIDENCE_KINDS.indexOf(b.kind) ||
    REASON_DIRECTIONS.indexOf(a.direction) - REASON_DIRECTIONS.indexOf(b.direction) ||
    a.seekerSegment.localeCompare(b.seekerSegment) ||
    a.candidateSegment.localeCompare(b.candidateSegment)
  );
}

/**
 * All evidence between the pair, deduplicated, strongest first. A research
 * link in a segment both offer is not also counted as peers.
 */
export function evidenceBetween(
  graph: ChainGraph,
  seeker: MatchProfile,
  candidate: MatchProfile,
  modes: readonly CooperationMode[],
): Evidence[] {
  const research = researchEvidence(graph, seeker, candidate);
  const researched = new Set(research.filter((e) => e.kind === 'RESEARCH').map((e) => `${e.seekerSegment}|${e.candidateSegment}`));
  const all = [
    ...statedNeedEvidence(seeker, candidate),
    ...supplyEvidence(graph, seeker, candidate),
    ...research,
    ...sameChainEvidence(graph, seeker, candidate, modes).filter(
      (e) => !(e.kind === 'PEER' && researched.has(`${e.seekerSegment}|${e.candidateSegment}`)),
    ),
  ];
  const unique = new Map(all.map((e) => [evidenceKey(e), e]));
  return [...unique.values()].sort(compareEvidence);
}

/**
 * Fit in one direction: the strongest evidence, plus a little for a second
 * independent piece (CORROBORATION). 0 without evidence.
 */
export function directionalFit(evidence: readonly Evidence[], side: 'SEEKER' | 'CANDIDATE'): number {
  const strengths = evidence
    .filter((e) => e.serves === side || e.serves === 'BOTH')
    .map((e) => e.strength)
    .sort((a, b) => b - a);
  const [first = 0, second = 0] = strengths;
  return first + CORROBORATION * (1 - first) * second;
}
