/**
 * Park interest: shared interest in a zone park makes co-location likely; a
 * park one side wants that hosts the other's segments can host them both.
 */
import type { MatchProfile } from '../match-profile.js';
import type { ChainGraph } from '../industry-chain/chain-graph.js';
import { NEUTRAL, PARK_INTEREST } from './weights.js';

function hostsAny(graph: ChainGraph, parkIds: readonly string[], profile: MatchProfile): boolean {
  const hosting = new Set(graph.parksFor([...profile.offers, ...profile.seeks]).map((park) => park.id));
  return parkIds.some((id) => hosting.has(id));
}

/** SHARED, HOSTS_OTHER, DISJOINT (both named parks, unrelated), else NEUTRAL. */
export function parkInterest(graph: ChainGraph, seeker: MatchProfile, candidate: MatchProfile): number {
  const mine = seeker.preferences.parks;
  const theirs = candidate.preferences.parks;
  if (mine.length === 0 && theirs.length === 0) return NEUTRAL;
  if (mine.some((id) => theirs.includes(id))) return PARK_INTEREST.SHARED;
  if (hostsAny(graph, mine, candidate) || hostsAny(graph, theirs, seeker)) return PARK_INTEREST.HOSTS_OTHER;
  // Parks on one side only say nothing about the other's wishes.
  return mine.length > 0 && theirs.length > 0 ? PARK_INTEREST.DISJOINT : NEUTRAL;
}
