/**
 * The industry-chain model loader: takes a data set (./model-types.ts) and
 * indexes it into Maps at construction, checking it as it goes, so every
 * question after is a lookup: where each segment sits (group, chain, stage),
 * who supplies whom, which segments research serves, which parks host them,
 * which policies apply, and keyword lookup. The keyword index, needed by
 * segment search only, is built on the first search, not at a cold start.
 * The zone's instance is in ./zone-model.ts; tests build models over small data.
 */
import type { CooperationMode, Locale, TrilingualText } from '../vocabulary.js';
import { chainCatalogOf, type ChainCatalog } from './chain-catalog.js';
import { chainGraphOf, type ChainGraph } from './chain-graph.js';
import type { Chain, ChainGroup, IndustryChainData, PolicyMeasure, Segment, Stage, ZonePark } from './model-types.js';
import { SegmentSearchIndex } from './segment-search.js';

/** The data set is inconsistent (a duplicate id, or a link to a missing segment). Thrown at load. */
export class IndustryChainDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IndustryChainDataError';
  }
}

/** Where a segment sits in the model. */
export interface SegmentPlacement {
  segment: Segment;
  stage: Stage;
  /** 0 is the most upstream stage of the chain. */
  stageIndex: number;
  chain: Chain;
  group: ChainGroup;
}

/** The segment at the other end of a supply link. */
export interface SupplyPartner {
  segment: Segment;
  /** True when the two segments are on different chains. */
  crossChain: boolean;
  /** Why the link exists, from the data (English). */
  note?: string;
}

const NONE: readonly never[] = [];

/** A data set, indexed; construction throws IndustryChainDataError on an inconsistent one. */
export class IndustryChainModel {
  /** Version of the data set, e.g. `2026.11.1`; match fit snapshots record it. */
  readonly version: string;
  /** This model as fit scoring reads it. */
  readonly chainGraph: ChainGraph;
  /** This model as validation and listing items read it. */
  readonly chainCatalog: ChainCatalog;
  private readonly data: IndustryChainData;
  private readonly placements = new Map<string, SegmentPlacement>();
  private readonly suppliers = new Map<string, SupplyPartner[]>();
  private readonly customers = new Map<string, SupplyPartner[]>();
  private readonly researchFields = new Map<string, TrilingualText[]>();
  private readonly parksBySegment = new Map<string, ZonePark[]>();
  /** Built on the first keyword search: most requests (and every cold start) never search segments. */
  private index?: SegmentSearchIndex;

  constructor(data: IndustryChainData) {
    this.data = data;
    this.version = data.version;
    this.placeSegments();
    this.indexSupplyLinks();
    for (const link of data.researchLinks) {
      const fields = this.researchFields.get(this.requireSegment(link.segment, 'research link').id) ?? [];
      this.researchFields.set(link.segment, [...fields, link.field]);
    }
    for (const park of data.parks) {
      for (const segmentId of park.segments) {
        this.requireSegment(segmentId, `park ${park.id}`);
        this.parksBySegment.set(segmentId, [...(this.parksBySegment.get(segmentId) ?? []), park]);
      }
    }
    for (const policy of data.policies) policy.segments.forEach((id) => this.requireSegment(id, `policy ${policy.id}`));
    this.chainGraph = chainGraphOf(this);
    this.chainCatalog = chainCatalogOf(this);
  }

  /** Chain groups (the plan's key-task areas), in plan order. */
  groups(): readonly ChainGroup[] {
    return this.data.groups;
  }

  /** Every chain, group by group. */
  chains(): readonly Chain[] {
    return this.data.groups.flatMap((group) => group.chains);
  }

  /** Every segment, upstream to downstream within each chain. */
  segments(): readonly Segment[] {
    return [...this.placements.values()].map((placement) => placement.segment);
  }

  /** The core, wings, professional parks and bonded area of the zone. */
  parks(): readonly ZonePark[] {
    return this.data.parks;
  }

  /** Every policy measure of the plan that bears on cooperation. */
  policies(): readonly PolicyMeasure[] {
    return this.data.policies;
  }

  /** The segment with this id, or undefined. */
  segment(segmentId: string): Segment | undefined {
    return this.placements.get(segmentId)?.segment;
  }

  /** Group, chain and stage of a segment, or undefined for an unknown id. */
  placementOf(segmentId: string): SegmentPlacement | undefined {
    return this.placements.get(segmentId);
  }

  /** The chain a segment is on. */
  chainOf(segmentId: string): Chain | undefined {
    return this.placements.get(segmentId)?.chain;
  }

  /** Position of the segment's stage in its chain: 0 is the most upstream. */
  stageIndexOf(segmentId: string): number | undefined {
    return this.placements.get(segmentId)?.stageIndex;
  }

  /** Whether two segments are on different chains (false if either is unknown). */
  isCrossChain(segmentIdA: string, segmentIdB: string): boolean {
    const a = this.chainOf(segmentIdA);
    const b = this.chainOf(segmentIdB);
    return a !== undefined && b !== undefined && a.id !== b.id;
  }

  /** Segments that supply this one, each marked within-chain or cross-chain, ordered by id. */
  suppliersOf(segmentId: string): readonly SupplyPartner[] {
    return this.suppliers.get(segmentId) ?? NONE;
  }

  /** Segments this one supplies, each marked within-chain or cross-chain, ordered by id. */
  customersOf(segmentId: string): readonly SupplyPartner[] {
    return this.customers.get(segmentId) ?? NONE;
  }

  /** Whether a supply link runs from `fromSegmentId` to `toSegmentId`. */
  supplies(fromSegmentId: string, toSegmentId: string): boolean {
    return this.customersOf(fromSegmentId).some((partner) => partner.segment.id === toSegmentId);
  }

  /** Whether universities and research institutes serve this segment. */
  isResearchServed(segmentId: string): boolean {
    return this.researchFields.has(segmentId);
  }

  /** The research fields that serve this segment (empty when none). */
  researchFieldsOf(segmentId: string): readonly TrilingualText[] {
    return this.researchFields.get(segmentId) ?? NONE;
  }

  /** Every segment research serves, in model order. */
  researchServedSegments(): readonly Segment[] {
    return this.segments().filter((segment) => this.researchFields.has(segment.id));
  }

  /** Parks that host this segment, in layout order (core, wings, parks, bonded area). */
  parksFor(segmentId: string): readonly ZonePark[] {
    return this.parksBySegment.get(segmentId) ?? NONE;
  }

  /**
   * Policy measures that apply to a cooperation touching any of `segmentIds`.
   * A measure applies when its segments are empty (any segment) or include one
   * of them, and its modes are empty or include `mode` (any mode when `mode`
   * is omitted). With `crossBorder` false, measures only for China-ROK pairs
   * are left out; omitted, they are kept.
   */
  policiesFor(segmentIds: readonly string[], mode?: CooperationMode, crossBorder?: boolean): readonly PolicyMeasure[] {
    return this.data.policies.filter(
      (policy) =>
        (policy.segments.length === 0 || policy.segments.some((id) => segmentIds.includes(id))) &&
        (mode === undefined || policy.modes.length === 0 || policy.modes.includes(mode)) &&
        !(crossBorder === false && policy.crossBorderOnly === true),
    );
  }

  /**
   * Keyword lookup in English, Chinese and Korean ("igbt", "动力电池", "전기차"),
   * best match first (see segment-search.ts). With `locale`, only that
   * language's names and keywords are searched.
   */
  searchSegments(text: string, locale?: Locale): readonly Segment[] {
    this.index ??= new SegmentSearchIndex(this.segments());
    return this.index.search(text, locale);
  }

  private placeSegments(): void {
    for (const group of this.data.groups) {
      for (const chain of group.chains) {
        chain.stages.forEach((stage, stageIndex) => {
          for (const segment of stage.segments) {
            if (this.placements.has(segment.id)) throw new IndustryChainDataError(`Duplicate segment id ${segment.id}`);
            this.placements.set(segment.id, { segment, stage, stageIndex, chain, group });
          }
        });
      }
    }
  }

  private indexSupplyLinks(): void {
    for (const link of this.data.supplyLinks) {
      const from = this.requireSegment(link.from, 'supply link');
      const to = this.requireSegment(link.to, 'supply link');
      const crossChain = this.isCrossChain(from.id, to.id);
      const note = link.note === undefined ? {} : { note: link.note };
      this.suppliers.set(to.id, [...(this.suppliers.get(to.id) ?? []), { segment: from, crossChain, ...note }]);
      this.customers.set(from.id, [...(this.customers.get(from.id) ?? []), { segment: to, crossChain, ...note }]);
    }
    for (const partners of [...this.suppliers.values(), ...this.customers.values()]) {
      partners.sort((a, b) => (a.segment.id < b.segment.id ? -1 : a.segment.id > b.segment.id ? 1 : 0));
    }
  }

  private requireSegment(segmentId: string, referencedBy: string): Segment {
    const segment = this.segment(segmentId);
    if (!segment) throw new IndustryChainDataError(`${referencedBy} refers to unknown segment ${segmentId}`);
    return segment;
  }
}
