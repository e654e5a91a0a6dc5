/**
 * Partner search: resolves the seeker (an organization, or an open
 * collaboration as its owner's request), reads candidates from the candidate
 * index sub-partitions the search plan names for its filters (parallel,
 * bounded Queries, best quality key first, carrying denormalized
 * MatchProfiles: no read per candidate),
 * excludes declined partners and ranks those like the ones the seeker
 * declined as not relevant lower, ranks with the pure fit model and loads the
 * winners' profiles in one batch. DynamoDB requests per search do not depend
 * on the table's size; docs/matching.md gives the worst case.
 */
import { effectiveStatus } from '../core/collaboration.js';
import { BadUserInputError, NotFoundError } from '../core/errors.js';
import { assessFit, type AssessedFit } from '../core/fit/assessed-fit.js';
import { requestForCollaboration } from '../core/fit/collaboration-request.js';
import { declinedPartnerIds, declineFeedbackOf } from '../core/fit/decline-feedback.js';
import type { FitRequest } from '../core/fit/fit-request.js';
import type { SearchFilters } from '../core/fit/hard-filters.js';
import { rankPartners } from '../core/fit/partner-ranking.js';
import { searchCriteriaProblems, type PartnerSearchCriteria } from '../core/fit/search-criteria.js';
import { candidateReads } from '../core/fit/search-plan.js';
import type { ChainGraph } from '../core/industry-chain/chain-graph.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import type { MatchProfile } from '../core/match-profile.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import type { AppRequest } from './app-request.js';
import { declineHistoryOf } from './decline-history.js';

/** The match profile of a searchable organization; suspended and absent ones are NOT_FOUND. */
export async function searchableProfile(request: AppRequest, organizationId: string): Promise<MatchProfile> {
  const [profile] = await request.store.matchIndex.matchProfilesByIds([organizationId]);
  if (!profile) throw new NotFoundError('Organization', organizationId);
  return profile;
}

/** The fit request of the search: the organization's profile, or the open collaboration as its owner's request. */
async function seekerRequest(request: AppRequest, criteria: PartnerSearchCriteria): Promise<FitRequest> {
  const options = {
    modes: criteria.modes,
    crossBorderPreferred: criteria.crossBorder,
    ...(criteria.maturity ? { wantedMaturity: criteria.maturity } : {}),
  };
  if (criteria.organizationId !== undefined) return { seeker: await searchableProfile(request, criteria.organizationId), ...options };
  const id = criteria.collaborationId as string;
  const collaboration = await request.loaders.collaboration.load(id);
  if (!collaboration) throw new NotFoundError('Collaboration', id);
  if (effectiveStatus(collaboration, request.now) !== 'OPEN')
    throw new BadUserInputError('the collaboration is not open', 'input.collaborationId');
  const owner = await searchableProfile(request, collaboration.ownerOrganizationId);
  const fromCollaboration = requestForCollaboration(owner, collaboration, criteria.crossBorder);
  return { ...fromCollaboration, modes: criteria.modes, ...(criteria.maturity ? { wantedMaturity: criteria.maturity } : {}) };
}

/**
 * Candidates from the planned index sub-partitions: one bounded Query each, all in parallel
 * (the alert worker reads the same for a newcomer, in reverse: app/alert-matching.ts).
 */
export async function readCandidates(
  request: AppRequest,
  graph: ChainGraph,
  fitRequest: FitRequest,
  filters: Pick<PartnerSearchCriteria, 'countries' | 'types'>,
): Promise<MatchProfile[]> {
  const { matchIndex } = request.store;
  const reads = candidateReads(graph, fitRequest, filters).map(({ side, segmentId, country, group, limit }) =>
    matchIndex.candidatesIn({ side, segmentId, country, group }, { limit }),
  );
  return (await Promise.all(reads)).flat();
}

function filtersOf(criteria: PartnerSearchCriteria, excluded: ReadonlySet<string>): SearchFilters {
  const { countries, types, chains, segments, modes, verifiedOnly } = criteria;
  return { countries, types, chains, segments, modes, verifiedOnly, excludedOrganizationIds: excluded };
}

/**
 * Runs a search: validated criteria in, ranked and assessed fits out (best
 * first). Candidates whose profile is gone or suspended since the index item
 * was written are dropped when their profiles are loaded (into the request's
 * cache, where the result's fields find them).
 */
export async function searchPartners(request: AppRequest, criteria: PartnerSearchCriteria): Promise<AssessedFit[]> {
  const graph = zoneIndustryChainModel.chainGraph;
  throwIfAny(searchCriteriaProblems(criteria, graph));
  const fitRequest = await seekerRequest(request, criteria);
  const [declines, candidates] = await Promise.all([
    declineHistoryOf(request, fitRequest.seeker.id),
    readCandidates(request, graph, fitRequest, criteria),
  ]);
  const excluded = criteria.includeDeclined ? new Set<string>() : declinedPartnerIds(fitRequest.seeker.id, declines);
  const feedback = declineFeedbackOf(fitRequest.seeker.id, declines, request.now);
  const fits = rankPartners(graph, fitRequest, candidates, {
    filters: filtersOf(criteria, excluded),
    minScore: criteria.minScore,
    first: criteria.first,
    feedback,
  });
  const organizations = await request.loaders.organization.loadMany(fits.map((fit) => fit.candidate.id));
  return fits
    .filter((_fit, i) => {
      const org = organizations[i];
      return !!org && !(org instanceof Error) && org.verification !== 'SUSPENDED';
    })
    .map((fit) => assessFit(graph, fit, fitRequest.seeker, criteria.locale));
}
