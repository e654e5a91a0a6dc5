/**
 * Recommended collaborations: open collaborations ranked for an organization
 * by the same fit model and ranking as partner search, each scored as its
 * owner's request (the collaboration is the seeker side, the organization the
 * candidate; see ./collaboration-ranking.ts). Collaborations come from the
 * index partitions of the organization's segments and their supply
 * neighbours; their owners' profiles from one BatchGetItem. The
 * organization's own NOT_RELEVANT declines rank owners like the declined ones
 * lower, as in search (only for callers who may see its private side).
 */
import { effectiveStatus } from '../core/collaboration.js';
import type { CollaborationSnapshot } from '../core/collaboration-snapshot.js';
import { assessFit, type AssessedCollaboration } from '../core/fit/assessed-fit.js';
import { declinedPartnerIds, declineFeedbackOf } from '../core/fit/decline-feedback.js';
import { rankingLimitProblems } from '../core/fit/search-criteria.js';
import { CANDIDATES_PER_PARTITION, MAX_COLLABORATIONS_PER_RECOMMENDATION, collaborationSegmentsToRead } from '../core/fit/search-plan.js';
import type { ChainGraph } from '../core/industry-chain/chain-graph.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import type { MatchProfile } from '../core/match-profile.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import type { Locale } from '../core/vocabulary.js';
import type { AppRequest } from './app-request.js';
import { rankCollaborationsFor, type OwnedCollaboration } from './collaboration-ranking.js';
import { declineHistoryOf } from './decline-history.js';
import { searchableProfile } from './partner-search.js';

/** What a recommendation asks: for whom, how many, the least score, and the locale of explanations. */
export interface RecommendationCriteria {
  organizationId: string;
  first: number;
  minScore: number;
  locale: Locale;
}

/** Open collaborations of the planned segments, deduplicated, strongest partitions first, at most MAX_COLLABORATIONS_PER_RECOMMENDATION. */
async function readCollaborations(request: AppRequest, graph: ChainGraph, organization: MatchProfile): Promise<CollaborationSnapshot[]> {
  const reads = collaborationSegmentsToRead(graph, organization).map((read) =>
    request.store.matchIndex.openCollaborationsIn(read.segmentId, { limit: CANDIDATES_PER_PARTITION, now: request.now }),
  );
  const byId = new Map<string, CollaborationSnapshot>();
  for (const collaboration of (await Promise.all(reads)).flat()) if (!byId.has(collaboration.id)) byId.set(collaboration.id, collaboration);
  return [...byId.values()].filter((c) => c.ownerOrganizationId !== organization.id).slice(0, MAX_COLLABORATIONS_PER_RECOMMENDATION);
}

/** The collaborations with their owners' profiles; owners suspended, gone or excluded (declined) drop out with their collaborations. */
async function withOwners(
  request: AppRequest,
  collaborations: CollaborationSnapshot[],
  excluded: ReadonlySet<string>,
): Promise<OwnedCollaboration[]> {
  const ownerIds = [...new Set(collaborations.map((c) => c.ownerOrganizationId))].filter((id) => !excluded.has(id));
  const owners = new Map((await request.store.matchIndex.matchProfilesByIds(ownerIds)).map((owner) => [owner.id, owner]));
  return collaborations.flatMap((collaboration) => {
    const owner = owners.get(collaboration.ownerOrganizationId);
    return owner ? [{ collaboration, owner }] : [];
  });
}

/** Ranks open collaborations for the organization: best first, ties by collaboration id. */
export async function recommendedCollaborations(request: AppRequest, criteria: RecommendationCriteria): Promise<AssessedCollaboration[]> {
  const graph = zoneIndustryChainModel.chainGraph;
  throwIfAny(rankingLimitProblems(criteria));
  const organization = await searchableProfile(request, criteria.organizationId);
  const [declines, collaborations] = await Promise.all([
    declineHistoryOf(request, organization.id),
    readCollaborations(request, graph, organization),
  ]);
  // Owners it declined (any reason) are hidden, as in search; its NOT_RELEVANT declines rank similar owners lower.
  const excluded = declinedPartnerIds(organization.id, declines);
  const feedback = declineFeedbackOf(organization.id, declines, request.now);
  const top = rankCollaborationsFor(graph, organization, await withOwners(request, collaborations, excluded), { ...criteria, feedback });
  // One BatchGetItem, into the request's cache; drops collaborations closed (or closed for interest) since their index items were read.
  const loaded = await request.loaders.collaboration.loadMany(top.map((s) => s.collaborationId));
  return top
    .filter((_s, i) => {
      const collaboration = loaded[i];
      return (
        !!collaboration &&
        !(collaboration instanceof Error) &&
        effectiveStatus(collaboration, request.now) === 'OPEN' &&
        collaboration.openForInterest
      );
    })
    .map((s) => ({ ...assessFit(graph, s.fit, s.seeker, criteria.locale), collaborationId: s.collaborationId }));
}
