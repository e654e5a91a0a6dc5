/**
 * The pure partner-ranking pipeline: deduplicate candidates, apply the hard
 * filters, score, drop those below the minimum score, rank deterministically,
 * keep the first N. The search service feeds it candidates read from the
 * industry-chain index; the evaluation test feeds it an in-memory set.
 */
import type { MatchProfile } from '../match-profile.js';
import type { ChainGraph } from '../industry-chain/chain-graph.js';
import { feedbackOn, type DeclineFeedback } from './decline-feedback.js';
import { fitOf, type Fit } from './fit-score.js';
import type { FitRequest } from './fit-request.js';
import { excludingFilter, type SearchFilters } from './hard-filters.js';
import { rankFits } from './rank.js';

export interface RankingOptions {
  filters: SearchFilters;
  /** Fits scoring below are dropped. */
  minScore: number;
  /** How many to return. */
  first: number;
  /** The seeker's own declines, which rank similar candidates lower; none when absent. */
  feedback?: DeclineFeedback;
}

/** One profile per organization id (the same organization appears in several segment partitions). */
export function uniqueProfiles(candidates: Iterable<MatchProfile>): MatchProfile[] {
  const byId = new Map<string, MatchProfile>();
  for (const profile of candidates) if (!byId.has(profile.id)) byId.set(profile.id, profile);
  return [...byId.values()];
}

/** Every candidate's fit, filtered and ranked, best first, at most `first`. */
export function rankPartners(graph: ChainGraph, request: FitRequest, candidates: Iterable<MatchProfile>, options: RankingOptions): Fit[] {
  const fits: Fit[] = [];
  for (const candidate of uniqueProfiles(candidates)) {
    if (excludingFilter(graph, request.seeker, candidate, options.filters)) continue;
    const fit = fitOf(graph, request, candidate);
    if (!fit || fit.score < options.minScore) continue;
    const feedback = options.feedback && feedbackOn(options.feedback, fit);
    fits.push(feedback ? { ...fit, feedback } : fit);
  }
  return rankFits(fits).slice(0, options.first);
}
