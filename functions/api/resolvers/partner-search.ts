/**
 * Partner search and recommended collaborations: map GraphQL arguments to
 * search criteria, run the services (../partner-search.ts,
 * ../collaboration-recommendations.ts) and render results: components,
 * reasons with segments, explanations in a locale, park and policy advice.
 */
import { NotFoundError } from '../../core/errors.js';
import type { AssessedFit } from '../../core/fit/assessed-fit.js';
import { explainFit } from '../../core/fit/explanation/explanation.js';
import { zoneChainGraph } from '../../core/fit/industry-chain-graph.js';
import { SEARCH_LIMITS, type PartnerSearchCriteria } from '../../core/fit/search-criteria.js';
import { industryChainModel } from '../../core/industry-chain/industry-chain-model.js';
import { DEFAULT_LOCALE, localize, type Locale } from '../../core/vocabulary.js';
import { recommendedCollaborations } from '../collaboration-recommendations.js';
import type { GraphQLContext } from '../context.js';
import type { SegmentView } from '../industry-chain-views.js';
import type {
  CollaborationRecommendationResolvers,
  FitReasonResolvers,
  PartnerMatchResolvers,
  PartnerSearchInput,
  PolicyMeasureResolvers,
  QueryResolvers,
} from '../generated/resolvers-types.js';
import { searchPartners } from '../partner-search.js';

function criteriaOf(input: PartnerSearchInput, context: GraphQLContext): PartnerSearchCriteria {
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
    locale: input.locale ?? context.locale ?? DEFAULT_LOCALE,
  };
}

export const partnerSearchQueries: Pick<QueryResolvers, 'searchPartners' | 'recommendedCollaborations'> = {
  searchPartners: async (_parent, { input }, context) => ({ results: await searchPartners(context, criteriaOf(input, context), zoneChainGraph) }),
  recommendedCollaborations: (_parent, { organizationId, first, minScore, locale }, context) =>
    recommendedCollaborations(
      context,
      { organizationId, first: first ?? SEARCH_LIMITS.defaultFirst, minScore: minScore ?? 0, locale: locale ?? context.locale ?? DEFAULT_LOCALE },
      zoneChainGraph,
    ),
};

function segmentView(segmentId: string, locale: Locale): SegmentView {
  const segment = industryChainModel.segment(segmentId);
  if (!segment) throw new NotFoundError('Segment', segmentId);
  return { segment, locale };
}

/** The fields PartnerMatch and CollaborationRecommendation share: both are an AssessedFit. */
const assessedFitFields = {
  score: ({ fit }: AssessedFit) => fit.score,
  forwardFit: ({ fit }: AssessedFit) => fit.forward,
  reverseFit: ({ fit }: AssessedFit) => fit.reverse,
  components: ({ fit }: AssessedFit) => fit.components,
  reasons: ({ fit, locale }: AssessedFit) => fit.reasons.map((evidence) => ({ evidence, locale })),
  explanation: (assessed: AssessedFit, args: { locale?: Locale | null }) =>
    explainFit(zoneChainGraph, { fit: assessed.fit, seeker: assessed.seeker, advice: assessed.advice, locale: args.locale ?? assessed.locale }),
  suggestedPark: ({ advice, locale }: AssessedFit) => (advice.park ? { park: advice.park, locale } : null),
  policies: ({ advice, locale }: AssessedFit) => advice.policies.map((policy) => ({ policy, locale })),
};

export const partnerMatchFields: PartnerMatchResolvers = {
  ...assessedFitFields,
  organization: async ({ fit }, _args, context) => {
    // Already loaded (one batch) by the search, which dropped any gone or suspended since indexing.
    const org = await context.loaders.organization.load(fit.candidate.id);
    if (!org) throw new NotFoundError('Organization', fit.candidate.id);
    return org;
  },
};

export const collaborationRecommendationFields: CollaborationRecommendationResolvers = {
  ...assessedFitFields,
  collaboration: async ({ collaborationId }, _args, context) => {
    const posting = await context.loaders.collaboration.load(collaborationId);
    if (!posting) throw new NotFoundError('Collaboration', collaborationId);
    return posting;
  },
};

export const fitReasonFields: FitReasonResolvers = {
  kind: ({ evidence }) => evidence.kind,
  direction: ({ evidence }) => evidence.direction,
  seekerSegment: ({ evidence, locale }) => segmentView(evidence.seekerSegment, locale),
  candidateSegment: ({ evidence, locale }) => segmentView(evidence.candidateSegment, locale),
  strength: ({ evidence }) => evidence.strength,
};

export const policyMeasureFields: PolicyMeasureResolvers = {
  id: ({ policy }) => policy.id,
  name: ({ policy, locale }) => localize(policy.name, locale),
  names: ({ policy }) => policy.name,
  summary: ({ policy, locale }) => localize(policy.summary, locale),
  crossBorderOnly: ({ policy }) => policy.crossBorderOnly === true,
};
