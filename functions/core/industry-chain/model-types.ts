/**
 * Types of the industry-chain model of the demonstration zone: chain groups
 * (the plan's key-task areas) → chains → ordered stages → segments, plus the
 * supply links, research links, parks and policy measures that connect them.
 * The data lives in ./data; ./industry-chain-model.ts loads and indexes it.
 */
import type { CooperationMode, TrilingualText } from '../vocabulary.js';

/** Keywords people actually write, per language ("IGBT", "功率半导体", "전력반도체"). */
export interface TrilingualKeywords {
  en: string[];
  zh: string[];
  ko: string[];
}

/** One place on a chain where an organization can sit. */
export interface Segment {
  /** Stable id, never reused: `<chain-id>.<segment-slug>`, e.g. `nev.power-semiconductors`. */
  id: string;
  name: TrilingualText;
  keywords: TrilingualKeywords;
  /** ISIC Rev.4 4-digit classes (the shared root of GB/T 4754-2017 and KSIC). */
  isic: string[];
  /** HS 6-digit codes, where the segment makes traded goods. */
  hs?: string[];
}

/** A step of a chain, upstream (index 0) to downstream. */
export interface Stage {
  id: string;
  name: TrilingualText;
  segments: Segment[];
}

/** An industry chain, e.g. new-energy vehicles. */
export interface Chain {
  id: string;
  name: TrilingualText;
  /** Ordered upstream → downstream. */
  stages: Stage[];
}

/** A key-task area of the zone plan, holding its chains. */
export interface ChainGroup {
  id: string;
  name: TrilingualText;
  chains: Chain[];
}

/** "from supplies to": goods, components, services or content flow from → to. */
export interface SupplyLink {
  from: string;
  to: string;
  /** Short why, English (for reviewers of the data). */
  note?: string;
}

/** Universities and research institutes serve these segments (technology transfer, joint labs). */
export interface ResearchLink {
  segment: string;
  /** Research field in three languages, e.g. power electronics. */
  field: TrilingualText;
}

/** The plan's spatial layout: one core, two wings, several parks, the bonded area. */
export type ParkKind = 'CORE' | 'WING' | 'PARK' | 'BONDED_AREA';

/** A place of the zone's layout and the segments it hosts. */
export interface ZonePark {
  id: string;
  kind: ParkKind;
  name: TrilingualText;
  description: TrilingualText;
  /** Segment ids the park hosts. */
  segments: string[];
}

/** A measure of the zone plan that changes what two organizations may do together. */
export interface PolicyMeasure {
  id: string;
  name: TrilingualText;
  summary: TrilingualText;
  /** Segments it applies to; empty means any segment. */
  segments: string[];
  /** Cooperation modes it applies to; empty means any mode. */
  modes: CooperationMode[];
  /** Whether it applies only to China-ROK (cross-border) pairs. */
  crossBorderOnly?: boolean;
}

/** The whole data set, as ./data assembles it; `version` changes with the data. */
export interface IndustryChainData {
  version: string;
  groups: ChainGroup[];
  supplyLinks: SupplyLink[];
  researchLinks: ResearchLink[];
  parks: ZonePark[];
  policies: PolicyMeasure[];
}
