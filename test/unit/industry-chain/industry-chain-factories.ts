/**
 * Small factories for synthetic industry-chain data, for tests that need a
 * model smaller (or more broken) than the zone's.
 */
import type {
  Chain,
  ChainGroup,
  IndustryChainData,
  PolicyMeasure,
  Segment,
  ZonePark,
} from '../../../functions/core/industry-chain/model-types.js';

export function aSegment(id: string, overrides: Partial<Segment> = {}): Segment {
  return {
    id,
    name: { en: id, zh: `${id}-zh`, ko: `${id}-ko` },
    keywords: { en: [`${id} keyword`], zh: [`${id}关键词`], ko: [`${id}키워드`] },
    isic: ['2610'],
    ...overrides,
  };
}

/** A chain whose stages hold the given segment ids, one array per stage, upstream first. */
export function aChain(id: string, stages: string[][]): Chain {
  return {
    id,
    name: { en: id, zh: id, ko: id },
    stages: stages.map((segmentIds, index) => ({
      id: `${id}.stage-${index}`,
      name: { en: `stage ${index}`, zh: `stage ${index}`, ko: `stage ${index}` },
      segments: segmentIds.map((segmentId) => aSegment(segmentId)),
    })),
  };
}

export function aGroup(id: string, chains: Chain[]): ChainGroup {
  return { id, name: { en: id, zh: id, ko: id }, chains };
}

export function aPark(id: string, segments: string[]): ZonePark {
  return { id, kind: 'PARK', name: { en: id, zh: id, ko: id }, description: { en: id, zh: id, ko: id }, segments };
}

export function aPolicy(id: string, overrides: Partial<PolicyMeasure> = {}): PolicyMeasure {
  return { id, name: { en: id, zh: id, ko: id }, summary: { en: id, zh: id, ko: id }, segments: [], modes: [], ...overrides };
}

export function aDataSet(overrides: Partial<IndustryChainData> = {}): IndustryChainData {
  return {
    version: 'test.1',
    groups: [aGroup('group', [aChain('a', [['a.one'], ['a.two']]), aChain('b', [['b.one']])])],
    supplyLinks: [],
    researchLinks: [],
    parks: [],
    policies: [],
    ...overrides,
  };
}
