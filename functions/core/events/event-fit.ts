/**
 * The fit of two participants as an event uses it: the fit model's score
 * of the pair (reciprocal: forward and reverse folded in), with the
 * requester as the seeker; and whether a partner works in one of the
 * event's focus chain groups (suggestions rank those first).
 */
import type { ChainGraph } from '../industry-chain/chain-graph.js';
import { fitOf, type Fit } from '../fit/fit-score.js';
import type { MatchProfile } from '../match-profile.js';

/** The pair's fit with `seeker` seeking, or undefined when the model finds none. */
export function participantFit(graph: ChainGraph, seeker: MatchProfile, candidate: MatchProfile): Fit | undefined {
  return fitOf(graph, { seeker, modes: [], crossBorderPreferred: true }, candidate);
}

/** Whether the organization offers or seeks a segment in one of `groupIds`' chains (true when the event has no focus). */
export function inFocus(
  profile: MatchProfile,
  groupIdOfSegment: (segmentId: string) => string | undefined,
  groupIds: readonly string[],
): boolean {
  if (groupIds.length === 0) return true;
  return [...profile.offers, ...profile.seeks].some((segmentId) => groupIds.includes(groupIdOfSegment(segmentId) ?? ''));
}
