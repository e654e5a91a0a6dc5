/**
 * Partner search and recommended collaborations: map GraphQL arguments to
 * criteria (../inputs/search-input.ts), call the use case
 * (functions/app/partner-search.ts, recommendations.ts) and render results:
 * components, reasons with segments, explanations in a locale, park and
 * policy advice.
 */
import { findCollaboration } from '../../app/collaborations.js';
import { searchPartners } from '../../app/partner-search.js';
import { recommendedCollaborations } from '../../app/recommendations.js';
import { NotFoundError } from '../../core/errors.js';
import type { AssessedFit } from '../../core/fit/assessed-fit.js';
import { explainFit } from '../../core/fit/explanation/explanation.js';
import { zoneIndustryChainModel } from '../../core/industry-chain/zone-model.js';
import { localize, type Locale } from '../../core/vocabulary.js';
import type { SegmentView } from '../industry-chain-views.js';
import type {
  CollaborationRecommendationResolvers,
  FitReasonResolvers,
  PartnerMatchResolvers,
  PolicyMeasureResolvers,
  QueryResolvers,
} from '../generated/resolvers-types.js';
import { recommendationCriteriaOf, searchCriteriaOf } from '../inputs/search-input.js';

export const partnerSearchQueries: Pick<QueryResolvers, 'searchPartners' | 'recommendedCollaborations'> = {
  searchPartners: async (_parent, { input }, context) => ({
    results: await searchPartners(context, searchCriteriaOf(input, context.locale)),
  }),
  recommendedCollaborations: (_parent, args, context) => recommendedCollaborations(context, recommendationCriteriaOf(args, context.locale)),
};

function segmentView(segmentId: string, locale: Locale): SegmentView {
  const segment = zoneIndustryChainModel.segment(segmentId);
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
  explanation: (assessed: AssessedFit, args: { locale?: Locale | null | undefined }) =>
    explainFit(zoneIndustryChainModel.chainGraph, {
      fit: assessed.fit,
      seeker: assessed.seeker,
      advice: assessed.advice,
      locale: args.locale ?? assessed.locale,
    }),
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
    // Already loaded (one batch) by the recommendation, which dropped any closed since indexing.
    const collaboration = await findCollaboration(context, collaborationId);
    if (!collaboration) throw new NotFoundError('Collaboration', collaborationId);
    return collaboration;
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
