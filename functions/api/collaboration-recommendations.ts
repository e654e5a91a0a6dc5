/**
 * Recommended collaborations: open postings ranked for an organization by the
 * same fit model as partner search, each posting scored as its owner's request
 * (the posting is the seeker side, the organization the candidate). Postings
 * come from the index partitions of the organization's segments and their
 * supply neighbours; their owners' profiles from one BatchGetItem.
 */
import { effectiveStatus } from '../core/collaboration.js';
import { assessFit, type AssessedPosting } from '../core/fit/assessed-fit.js';
import type { ChainGraph } from '../core/fit/chain-graph.js';
import { fitOf, type Fit } from '../core/fit/fit-score.js';
import { excludingFilter, NO_FILTERS } from '../core/fit/hard-filters.js';
import { requestForPosting } from '../core/fit/posting-request.js';
import { SEARCH_LIMITS } from '../core/fit/search-criteria.js';
import { CANDIDATES_PER_PARTITION, MAX_POSTINGS_PER_RECOMMENDATION, postingSegmentsToRead } from '../core/fit/search-plan.js';
import type { MatchProfile } from '../core/match-profile.js';
import type { PostingSnapshot } from '../core/posting-snapshot.js';
import type { FieldProblem } from '../core/errors.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import type { Locale } from '../core/vocabulary.js';
import type { Store } from '../store/store.js';
import type { GraphQLContext } from './context.js';
import { excludedPartners, searchableProfile } from './partner-search.js';

export interface RecommendationCriteria {
  organizationId: string;
  first: number;
  minScore: number;
  locale: Locale;
}

function criteriaProblems(criteria: RecommendationCriteria): FieldProblem[] {
  return [
    ...(Number.isInteger(criteria.first) && criteria.first >= 1 && criteria.first <= SEARCH_LIMITS.maxFirst
      ? []
      : [{ path: 'first', message: `must be an integer from 1 to ${SEARCH_LIMITS.maxFirst}` }]),
    ...(criteria.minScore >= 0 && criteria.minScore <= 1 ? [] : [{ path: 'minScore', message: 'must be between 0 and 1' }]),
  ];
}

/** Open postings of the planned segments, deduplicated, strongest partitions first, at most MAX_POSTINGS_PER_RECOMMENDATION. */
async function readPostings(store: Store, graph: ChainGraph, organization: MatchProfile): Promise<PostingSnapshot[]> {
  const reads = postingSegmentsToRead(graph, organization).map((read) => store.matchIndex.openPostingsIn(read.segmentId, { limit: CANDIDATES_PER_PARTITION }));
  const byId = new Map<string, PostingSnapshot>();
  for (const posting of (await Promise.all(reads)).flat()) if (!byId.has(posting.id)) byId.set(posting.id, posting);
  return [...byId.values()].filter((p) => p.ownerOrganizationId !== organization.id).slice(0, MAX_POSTINGS_PER_RECOMMENDATION);
}

/** Ranks open postings for the organization: best first, ties by posting id. */
export async function recommendedCollaborations(context: GraphQLContext, criteria: RecommendationCriteria, graph: ChainGraph): Promise<AssessedPosting[]> {
  throwIfAny(criteriaProblems(criteria));
  const organization = await searchableProfile(context.store, criteria.organizationId);
  const [excluded, postings] = await Promise.all([excludedPartners(context, organization.id, false), readPostings(context.store, graph, organization)]);
  const ownerIds = [...new Set(postings.map((p) => p.ownerOrganizationId))].filter((id) => !excluded.has(id));
  const owners = new Map((await context.store.matchIndex.matchProfilesByIds(ownerIds)).map((owner) => [owner.id, owner]));
  const scored: { fit: Fit; seeker: MatchProfile; collaborationId: string }[] = [];
  for (const posting of postings) {
    const owner = owners.get(posting.ownerOrganizationId);
    if (!owner) continue; // suspended, gone, or declined
    const request = requestForPosting(owner, posting);
    if (excludingFilter(graph, request.seeker, organization, NO_FILTERS)) continue;
    const fit = fitOf(graph, request, organization);
    if (fit && fit.score >= criteria.minScore) scored.push({ fit, seeker: request.seeker, collaborationId: posting.id });
  }
  scored.sort((a, b) => b.fit.score - a.fit.score || (a.collaborationId < b.collaborationId ? -1 : 1));
  const top = scored.slice(0, criteria.first);
  // One BatchGetItem; drops postings closed since their index items were read.
  const loaded = await context.loaders.collaboration.loadMany(top.map((s) => s.collaborationId));
  const now = new Date();
  return top
    .filter((_s, i) => {
      const posting = loaded[i];
      return !!posting && !(posting instanceof Error) && effectiveStatus(posting, now) === 'OPEN';
    })
    .map((s) => ({ ...assessFit(graph, s.fit, s.seeker, criteria.locale), collaborationId: s.collaborationId }));
}
