/**
 * Maps searchPartners' input and recommendedCollaborations' arguments to the
 * domain's criteria, with the documented defaults: no filters, every score,
 * China-ROK pairs favoured, declined partners hidden, SEARCH_LIMITS.defaultFirst
 * results, and the request's locale.
 */
import { SEARCH_LIMITS, type PartnerSearchCriteria } from '../../core/fit/search-criteria.js';
import type { Locale } from '../../core/vocabulary.js';
import type { RecommendationCriteria } from '../../app/recommendations.js';
import type { PartnerSearchInput, QueryRecommendedCollaborationsArgs } from '../generated/resolvers-types.js';

/** searchPartners' input as search criteria; `requestLocale` when the input names no locale. */
export function searchCriteriaOf(input: PartnerSearchInput, requestLocale: Locale): PartnerSearchCriteria {
  return {
    ...(input.organizationId != null ? { organizationId: input.organizationId } : {}),
    ...(input.collaborationId != null ? { collaborationId: input.collaborationId } : {}),
    countries: input.countries ?? [],
    types: input.types ?? [],
    chains: input.chains ?? [],
    segments: input.segments ?? [],
    modes: input.cooperationModes ?? [],
    minScore: input.minScore ?? 0,
    verifiedOnly: input.verifiedOnly ?? false,
    crossBorder: input.crossBorder ?? true,
    includeDeclined: input.includeDeclined ?? false,
    ...(input.maturity ? { maturity: input.maturity } : {}),
    first: input.first ?? SEARCH_LIMITS.defaultFirst,
    locale: input.locale ?? requestLocale,
  };
}

/** recommendedCollaborations' arguments as recommendation criteria. */
export function recommendationCriteriaOf(args: QueryRecommendedCollaborationsArgs, requestLocale: Locale): RecommendationCriteria {
  return {
    organizationId: args.organizationId,
    first: args.first ?? SEARCH_LIMITS.defaultFirst,
    minScore: args.minScore ?? 0,
    locale: args.locale ?? requestLocale,
  };
}
