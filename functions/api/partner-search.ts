/**
 * Partner search: resolves the seeker (an organization, or an open posting as
 * its owner's request), reads candidates from the industry-chain index
 * partitions the search plan names (parallel, bounded Queries carrying
 * denormalized MatchProfiles: no read per candidate), excludes declined
 * partners and ranks those like the ones the seeker declined as not relevant
 * lower, ranks with the pure fit model and loads the winners' profiles in
 * one batch. DynamoDB requests per search do not depend on the table's size;
 * docs/matching.md gives the worst case.
 */
import { maySeePrivateFieldsOf } from '../core/access/policy.js';
import { effectiveStatus } from '../core/collaboration.js';
import { BadUserInputError, NotFoundError } from '../core/errors.js';
import { assessFit, type AssessedFit } from '../core/fit/assessed-fit.js';
import type { ChainGraph } from '../core/fit/chain-graph.js';
import { declinedPartnerIds, declineFeedbackOf } from '../core/fit/decline-feedback.js';
import type { FitRequest } from '../core/fit/fit-request.js';
import type { SearchFilters } from '../core/fit/hard-filters.js';
import { rankPartners } from '../core/fit/partner-ranking.js';
import { requestForPosting } from '../core/fit/posting-request.js';
import { searchCriteriaProblems, type PartnerSearchCriteria } from '../core/fit/search-criteria.js';
import { CANDIDATES_PER_PARTITION, partitionsToRead } from '../core/fit/search-plan.js';
import type { MatchProfile } from '../core/match-profile.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import type { Store } from '../store/store.js';
import type { GraphQLContext } from './context.js';
import { declineHistoryOf } from './decline-history.js';

/** The match profile of a searchable organization; suspended and absent ones are NOT_FOUND. */
export async function searchableProfile(store: Store, organizationId: string): Promise<MatchProfile> {
  const [profile] = await store.matchIndex.matchProfilesByIds([organizationId]);
  if (!profile) throw new NotFoundError('Organization', organizationId);
  return profile;
}

/** The fit request of the search: the organization's profile, or the open posting as its owner's request. */
async function seekerRequest(context: GraphQLContext, criteria: PartnerSearchCriteria): Promise<FitRequest> {
  const options = { modes: criteria.modes, crossBorderPreferred: criteria.crossBorder, ...(criteria.maturity ? { wantedMaturity: criteria.maturity } : {}) };
  if (criteria.organizationId !== undefined) return { seeker: await searchableProfile(context.store, criteria.organizationId), ...options };
  const id = criteria.collaborationId as string;
  const posting = await context.loaders.collaboration.load(id);
  if (!posting) throw new NotFoundError('Collaboration', id);
  if (effectiveStatus(posting, new Date()) !== 'OPEN') throw new BadUserInputError('the posting is not open', 'input.collaborationId');
  const fromPosting = requestForPosting(await searchableProfile(context.store, posting.ownerOrganizationId), posting, criteria.crossBorder);
  return { ...fromPosting, modes: criteria.modes, ...(criteria.maturity ? { wantedMaturity: criteria.maturity } : {}) };
}

/** Candidates from the planned index partitions: one bounded Query each, all in parallel. */
export async function readCandidates(store: Store, graph: ChainGraph, seeker: MatchProfile): Promise<MatchProfile[]> {
  const reads = partitionsToRead(graph, seeker).map((read) =>
    read.side === 'OFFERS'
      ? store.matchIndex.matchProfilesOffering(read.segmentId, { limit: CANDIDATES_PER_PARTITION })
      : store.matchIndex.matchProfilesSeeking(read.segmentId, { limit: CANDIDATES_PER_PARTITION }),
  );
  return (await Promise.all(reads)).flat();
}

/**
 * Organizations the seeker never sees unless it asks: those it has a declined
 * match with. Only when the caller may see the seeker's private side (its
 * members, administrators): for anyone else the exclusion would reveal the
 * seeker's declined matches (compare with includeDeclined), so it is skipped.
 */
export function excludedPartners(context: GraphQLContext, seekerId: string, includeDeclined: boolean): Promise<ReadonlySet<string>> {
  if (includeDeclined || !maySeePrivateFieldsOf(context.principal, seekerId)) return Promise.resolve(new Set<string>());
  return context.store.matches.declinedPartnersOf(seekerId);
}

function filtersOf(criteria: PartnerSearchCriteria, excluded: ReadonlySet<string>): SearchFilters {
  const { countries, types, chains, segments, modes, verifiedOnly } = criteria;
  return { countries, types, chains, segments, modes, verifiedOnly, excludedOrganizationIds: excluded };
}

/**
 * Runs a search: validated criteria in, ranked and assessed fits out (best
 * first). Candidates whose profile is gone or suspended since the index item
 * was written are dropped when their profiles are loaded.
 */
export async function searchPartners(context: GraphQLContext, criteria: PartnerSearchCriteria, graph: ChainGraph): Promise<AssessedFit[]> {
  throwIfAny(searchCriteriaProblems(criteria, graph));
  const request = await seekerRequest(context, criteria);
  const [declines, candidates] = await Promise.all([declineHistoryOf(context, request.seeker.id), readCandidates(context.store, graph, request.seeker)]);
  const excluded = criteria.includeDeclined ? new Set<string>() : declinedPartnerIds(request.seeker.id, declines);
  const feedback = declineFeedbackOf(request.seeker.id, declines, new Date());
  const fits = rankPartners(graph, request, candidates, { filters: filtersOf(criteria, excluded), minScore: criteria.minScore, first: criteria.first, feedback });
  const organizations = await context.loaders.organization.loadMany(fits.map((fit) => fit.candidate.id));
  return fits
    .filter((_fit, i) => {
      const org = organizations[i];
      return !!org && !(org instanceof Error) && org.verification !== 'SUSPENDED';
    })
    .map((fit) => assessFit(graph, fit, request.seeker, criteria.locale));
}
