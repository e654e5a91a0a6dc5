/**
 * What the industry-chain resolvers pass from parent to child: a model object
 * and the locale its names render in, so a nested Segment.name keeps the
 * locale its root field asked for. These are the codegen mappers of the
 * industry-chain GraphQL types (scripts/codegen.ts).
 */
import type { SupplyPartner } from '../core/industry-chain/industry-chain-model.js';
import type { Chain, ChainGroup, Segment, Stage, ZonePark } from '../core/industry-chain/model-types.js';
import type { Locale } from '../core/vocabulary.js';

export interface ChainGroupView {
  group: ChainGroup;
  locale: Locale;
}

export interface ChainView {
  chain: Chain;
  locale: Locale;
}

export interface StageView {
  stage: Stage;
  /** 0 is the most upstream stage of its chain. */
  index: number;
  locale: Locale;
}

export interface SegmentView {
  segment: Segment;
  locale: Locale;
}

export interface SupplyLinkView {
  partner: SupplyPartner;
  locale: Locale;
}

export interface ZoneParkView {
  park: ZonePark;
  locale: Locale;
}
