/**
 * The pure ranking of open collaborations for one organization: each
 * collaboration is scored as its owner's request with the organization as the
 * only candidate, through the same pipeline partner search uses
 * (core/fit/partner-ranking.ts: hard filters, fit, least score), and the
 * results are ordered by the core's one ranking order, ties by collaboration id.
 * The ranking rules of search apply from the reading organization's side:
 * intent before inference (core/fit/stated-need.ts, statedIntentBetween:
 * collaborations joined to it by no stated need, on either side, rank after
 * those joined by one unless far stronger) and its own declines (owners like
 * those it declined as not relevant rank lower, and the explanation says so).
 */
import type { CollaborationSnapshot } from '../core/collaboration-snapshot.js';
import { requestForCollaboration } from '../core/fit/collaboration-request.js';
import type { Fit } from '../core/fit/fit-score.js';
import { feedbackOnReader, type DeclineFeedback } from '../core/fit/decline-feedback.js';
import { NO_FILTERS } from '../core/fit/hard-filters.js';
import { rankPartners } from '../core/fit/partner-ranking.js';
import { rankedBy, rankingScore } from '../core/fit/rank.js';
import { statedIntentBetween, type StatedNeed } from '../core/fit/stated-need.js';
import type { ChainGraph } from '../core/industry-chain/chain-graph.js';
import type { MatchProfile } from '../core/match-profile.js';

/** An open collaboration with its owner's match profile. */
export interface OwnedCollaboration {
  collaboration: CollaborationSnapshot;
  owner: MatchProfile;
}

/** A collaboration's fit for the organization, scored with the collaboration as the seeker's request. */
export interface CollaborationFit {
  collaborationId: string;
  fit: Fit;
  /** The owner as scored: reshaped by the collaboration. */
  seeker: MatchProfile;
  /** Stated intent between the collaboration and the organization, on either side (what the order reads). */
  statedIntent: StatedNeed;
}

/** How many, the least score, and the organization's own declines (none when absent). */
export interface CollaborationRankingOptions {
  minScore: number;
  first: number;
  feedback?: DeclineFeedback;
}

/** The collaborations that fit the organization, best first by ranking score (ties by collaboration id), at most `first`. */
export function rankCollaborationsFor(
  graph: ChainGraph,
  organization: MatchProfile,
  collaborations: readonly OwnedCollaboration[],
  options: CollaborationRankingOptions,
): CollaborationFit[] {
  const fits = collaborations.flatMap(({ collaboration, owner }): CollaborationFit[] => {
    const request = requestForCollaboration(owner, collaboration);
    const [scored] = rankPartners(graph, request, [organization], { filters: NO_FILTERS, minScore: options.minScore, first: 1 });
    if (!scored) return [];
    const feedback = options.feedback && feedbackOnReader(options.feedback, scored);
    const fit = feedback ? { ...scored, feedback } : scored;
    const statedIntent = statedIntentBetween(request.seeker, organization, fit.reasons, fit.modes);
    return [{ collaborationId: collaboration.id, fit, seeker: request.seeker, statedIntent }];
  });
  return rankedBy(
    fits,
    ({ fit, statedIntent }) =>
      rankingScore({
        score: fit.score,
        candidate: fit.candidate,
        statedNeed: statedIntent,
        ...(fit.feedback ? { feedback: fit.feedback } : {}),
      }),
    ({ collaborationId }) => collaborationId,
  ).slice(0, options.first);
}
