/**
 * The pure ranking of open collaborations for one organization: each
 * collaboration is scored as its owner's request with the organization as the
 * only candidate, through the same pipeline partner search uses
 * (core/fit/partner-ranking.ts: hard filters, fit, least score), and the
 * results are ordered by the core's one ranking order, ties by collaboration id.
 */
import type { CollaborationSnapshot } from '../core/collaboration-snapshot.js';
import { requestForCollaboration } from '../core/fit/collaboration-request.js';
import type { Fit } from '../core/fit/fit-score.js';
import { NO_FILTERS } from '../core/fit/hard-filters.js';
import { rankPartners } from '../core/fit/partner-ranking.js';
import { rankedBy } from '../core/fit/rank.js';
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
}

/** The collaborations that fit the organization, best first (ties by collaboration id), at most `first`. */
export function rankCollaborationsFor(
  graph: ChainGraph,
  organization: MatchProfile,
  collaborations: readonly OwnedCollaboration[],
  limits: { minScore: number; first: number },
): CollaborationFit[] {
  const fits = collaborations.flatMap(({ collaboration, owner }) => {
    const request = requestForCollaboration(owner, collaboration);
    const [fit] = rankPartners(graph, request, [organization], { filters: NO_FILTERS, minScore: limits.minScore, first: 1 });
    return fit ? [{ collaborationId: collaboration.id, fit, seeker: request.seeker }] : [];
  });
  return rankedBy(
    fits,
    ({ fit }) => fit.score,
    ({ collaborationId }) => collaborationId,
  ).slice(0, limits.first);
}
