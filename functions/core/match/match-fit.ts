/**
 * The fit snapshot a match stores, computed with the fit model (core/fit):
 * for a match about a collaboration, its owner is the seeker with the
 * collaboration's segments and modes (as partner search scores
 * collaborations); otherwise the sender is the seeker. The snapshot records
 * the model version it was computed against. The chain graph is injected, so
 * tests may use a small one and the API the zone's.
 */
import type { ChainGraph } from '../industry-chain/chain-graph.js';
import type { FitRequest } from '../fit/fit-request.js';
import { fitOf } from '../fit/fit-score.js';
import { requestForCollaboration } from '../fit/collaboration-request.js';
import { matchProfileOf } from '../match-profile.js';
import type { MatchFitFunction } from './match-record.js';

/** The MatchFitFunction over a chain graph. */
export function matchFitOn(graph: ChainGraph): MatchFitFunction {
  return ({ from, to, collaboration, now }) => {
    const seeker = collaboration && collaboration.ownerOrganizationId === to.id ? to : from;
    const candidate = seeker === from ? to : from;
    const seekerProfile = matchProfileOf(seeker);
    const request: FitRequest = collaboration
      ? requestForCollaboration(seekerProfile, collaboration)
      : { seeker: seekerProfile, modes: [], crossBorderPreferred: true };
    const fit = fitOf(graph, request, matchProfileOf(candidate));
    if (!fit) return null;
    return {
      score: fit.score,
      seekerOrganizationId: seeker.id,
      components: fit.components.map(({ name, value, weight }) => ({ name, value, weight })),
      reasons: fit.reasons.map((reason) => ({ ...reason })),
      computedAt: now,
      modelVersion: graph.modelVersion,
    };
  };
}
