/**
 * The industry-chain model through GraphQL: chain groups, segments, parks,
 * keyword search and segment suggestions for a description. Public and read-only; everything comes from the in-memory
 * model, never the store. Names render in the root field's `locale`, else the
 * request's Accept-Language locale, else English.
 */
import { suggestSegments } from '../../core/industry-chain/segment-suggestions.js';
import { zoneIndustryChainModel as model } from '../../core/industry-chain/zone-model.js';
import { pageSizeOf } from '../../core/pagination.js';
import { localize, type Locale } from '../../core/vocabulary.js';
import type { GraphQLContext } from '../context.js';
import type {
  ChainGroupResolvers,
  ChainResolvers,
  ChainStageResolvers,
  QueryResolvers,
  SegmentResolvers,
  SupplyLinkResolvers,
  ZoneParkResolvers,
} from '../generated/resolvers-types.js';
import type { SegmentView } from '../industry-chain-views.js';

function localeOf(requested: Locale | null | undefined, context: GraphQLContext): Locale {
  return requested ?? context.locale;
}

function segmentViews(ids: readonly string[], locale: Locale): SegmentView[] {
  return ids.flatMap((id) => {
    const segment = model.segment(id);
    return segment ? [{ segment, locale }] : [];
  });
}

export const industryChainQueries: Pick<QueryResolvers, 'industryChains' | 'segment' | 'zoneParks' | 'searchSegments' | 'suggestSegments'> =
  {
    industryChains: (_parent, { locale }, context) => model.groups().map((group) => ({ group, locale: localeOf(locale, context) })),
    segment: (_parent, { id, locale }, context) => {
      const segment = model.segment(id);
      return segment ? { segment, locale: localeOf(locale, context) } : null;
    },
    zoneParks: (_parent, { locale }, context) => model.parks().map((park) => ({ park, locale: localeOf(locale, context) })),
    searchSegments: (_parent, { text, locale, first }, context) => {
      const size = pageSizeOf(first);
      const rendered = localeOf(locale, context);
      return model
        .searchSegments(text)
        .slice(0, size)
        .map((segment) => ({ segment, locale: rendered }));
    },
    suggestSegments: (_parent, { text, locale, first }, context) => {
      const rendered = localeOf(locale, context);
      return suggestSegments(text, first).map(({ segment, score, matched }) => ({
        segment: { segment, locale: rendered },
        score,
        matchedTerms: matched,
      }));
    },
  };

const chainGroupFields: ChainGroupResolvers = {
  id: ({ group }) => group.id,
  name: ({ group, locale }) => localize(group.name, locale),
  names: ({ group }) => group.name,
  chains: ({ group, locale }) => group.chains.map((chain) => ({ chain, locale })),
};

const chainFields: ChainResolvers = {
  id: ({ chain }) => chain.id,
  name: ({ chain, locale }) => localize(chain.name, locale),
  names: ({ chain }) => chain.name,
  stages: ({ chain, locale }) => chain.stages.map((stage, index) => ({ stage, index, locale })),
};

const chainStageFields: ChainStageResolvers = {
  id: ({ stage }) => stage.id,
  name: ({ stage, locale }) => localize(stage.name, locale),
  names: ({ stage }) => stage.name,
  index: ({ index }) => index,
  segments: ({ stage, locale }) => stage.segments.map((segment) => ({ segment, locale })),
};

const segmentFields: SegmentResolvers = {
  id: ({ segment }) => segment.id,
  name: ({ segment, locale }) => localize(segment.name, locale),
  names: ({ segment }) => segment.name,
  keywords: ({ segment }) => segment.keywords,
  isic: ({ segment }) => segment.isic,
  hs: ({ segment }) => segment.hs ?? [],
  chain: ({ segment, locale }) => {
    const placement = model.placementOf(segment.id);
    if (!placement) throw new Error(`Segment ${segment.id} has no placement`);
    return { chain: placement.chain, locale };
  },
  stage: ({ segment, locale }) => {
    const placement = model.placementOf(segment.id);
    if (!placement) throw new Error(`Segment ${segment.id} has no placement`);
    return { stage: placement.stage, index: placement.stageIndex, locale };
  },
  suppliers: ({ segment, locale }) => model.suppliersOf(segment.id).map((partner) => ({ partner, locale })),
  customers: ({ segment, locale }) => model.customersOf(segment.id).map((partner) => ({ partner, locale })),
  researchServed: ({ segment }) => model.isResearchServed(segment.id),
  researchFields: ({ segment, locale }) => model.researchFieldsOf(segment.id).map((field) => localize(field, locale)),
  parks: ({ segment, locale }) => model.parksFor(segment.id).map((park) => ({ park, locale })),
};

const supplyLinkFields: SupplyLinkResolvers = {
  segment: ({ partner, locale }) => ({ segment: partner.segment, locale }),
  crossChain: ({ partner }) => partner.crossChain,
  note: ({ partner }) => partner.note,
};

const zoneParkFields: ZoneParkResolvers = {
  id: ({ park }) => park.id,
  kind: ({ park }) => park.kind,
  name: ({ park, locale }) => localize(park.name, locale),
  names: ({ park }) => park.name,
  description: ({ park, locale }) => localize(park.description, locale),
  segments: ({ park, locale }) => segmentViews(park.segments, locale),
};

/** Field resolvers of the industry-chain types, keyed by GraphQL type name. */
export const industryChainFields = {
  ChainGroup: chainGroupFields,
  Chain: chainFields,
  ChainStage: chainStageFields,
  Segment: segmentFields,
  SupplyLink: supplyLinkFields,
  ZonePark: zoneParkFields,
};
