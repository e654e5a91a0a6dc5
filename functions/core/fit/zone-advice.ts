/**
 * Zone advice for a matched pair: the zone park that best suits the two (it
 * hosts their segments; parks either side said it wants are preferred) and the
 * plan's policy measures that apply to the pair and the modes they share.
 */
import type { PolicyMeasure, ZonePark } from '../industry-chain/model-types.js';
import type { MatchProfile } from '../match-profile.js';
import type { ChainGraph } from '../industry-chain/chain-graph.js';
import type { Fit } from './fit-score.js';
import { PARK_PREFERENCE_BOOST } from './weights.js';

export interface ZoneAdvice {
  park?: ZonePark;
  policies: PolicyMeasure[];
}

/** The segments the pair's evidence joins, or both sides' offers when there is none. */
export function pairSegments(fit: Pick<Fit, 'reasons' | 'candidate'>, seeker: MatchProfile): { seeker: string[]; candidate: string[] } {
  if (fit.reasons.length === 0) return { seeker: seeker.offers, candidate: fit.candidate.offers };
  return {
    seeker: [...new Set(fit.reasons.map((r) => r.seekerSegment))],
    candidate: [...new Set(fit.reasons.map((r) => r.candidateSegment))],
  };
}

/** Hosting one side's segments counts 1, the other's 1; each side that named the park adds PARK_PREFERENCE_BOOST. */
function parkScore(park: ZonePark, segments: { seeker: string[]; candidate: string[] }, sides: MatchProfile[]): number {
  const hosts = (list: string[]): number => (list.some((s) => park.segments.includes(s)) ? 1 : 0);
  const interest = sides.filter((side) => side.preferences.parks.includes(park.id)).length;
  return hosts(segments.seeker) + hosts(segments.candidate) + PARK_PREFERENCE_BOOST * interest;
}

/** The best-suited park, ties broken by park id; undefined when no park hosts the pair's segments. */
export function suggestedPark(graph: ChainGraph, fit: Pick<Fit, 'reasons' | 'candidate'>, seeker: MatchProfile): ZonePark | undefined {
  const segments = pairSegments(fit, seeker);
  const parks = graph.parksFor([...segments.seeker, ...segments.candidate]);
  const scored = parks.map((park) => ({ park, score: parkScore(park, segments, [seeker, fit.candidate]) }));
  scored.sort((a, b) => b.score - a.score || (a.park.id < b.park.id ? -1 : 1));
  return scored[0]?.park;
}

/** Policy measures for the pair's segments and each mode they share (any mode if they share none), by id. */
export function applicablePolicies(
  graph: ChainGraph,
  fit: Pick<Fit, 'reasons' | 'candidate' | 'modes' | 'crossBorder'>,
  seeker: MatchProfile,
): PolicyMeasure[] {
  const segments = pairSegments(fit, seeker);
  const segmentIds = [...new Set([...segments.seeker, ...segments.candidate])];
  const modes = fit.modes.length > 0 ? fit.modes : [undefined];
  const byId = new Map<string, PolicyMeasure>();
  for (const mode of modes) {
    for (const policy of graph.policiesFor({ segmentIds, crossBorder: fit.crossBorder, ...(mode ? { mode } : {}) }))
      byId.set(policy.id, policy);
  }
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function zoneAdviceFor(graph: ChainGraph, fit: Fit, seeker: MatchProfile): ZoneAdvice {
  const park = suggestedPark(graph, fit, seeker);
  return { ...(park ? { park } : {}), policies: applicablePolicies(graph, fit, seeker) };
}
