/**
 * The two narrow views a model gives the rest of the core: the chain graph fit
 * scoring reads and the catalog validation reads. Both must answer exactly
 * what the model they come from knows.
 */
import { describe, expect, it } from 'vitest';
import { IndustryChainModel } from '../../../functions/core/industry-chain/industry-chain-model.js';
import { industryChainData } from '../../../functions/core/industry-chain/data/index.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { aChain, aDataSet, aGroup, aPark, aPolicy } from './industry-chain-factories.js';

const model = new IndustryChainModel(
  aDataSet({
    version: 'views.1',
    groups: [aGroup('group', [aChain('a', [['a.one'], ['a.two', 'a.three']]), aChain('b', [['b.one']])])],
    supplyLinks: [
      { from: 'a.one', to: 'a.two' },
      { from: 'b.one', to: 'a.two' },
    ],
    researchLinks: [{ segment: 'a.one', field: { en: 'materials', zh: '材料', ko: '소재' } }],
    parks: [aPark('north', ['a.one', 'a.two']), aPark('south', ['a.two'])],
    policies: [aPolicy('rok-only', { crossBorderOnly: true }), aPolicy('joint-labs', { modes: ['JOINT_LAB'] })],
  }),
);

describe('the chain graph of a model (what fit scoring reads)', () => {
  const graph = model.chainGraph;

  it('reports the version of the data set it answers from', () => {
    expect(graph.modelVersion).toBe('views.1');
  });

  it('gives supply neighbours by id, each marked within or across chains', () => {
    expect(graph.suppliersOf('a.two')).toEqual([
      { segmentId: 'a.one', crossChain: false },
      { segmentId: 'b.one', crossChain: true },
    ]);
    expect(graph.customersOf('b.one')).toEqual([{ segmentId: 'a.two', crossChain: true }]);
    expect(graph.customersOf('a.three')).toEqual([]);
  });

  it('answers chain membership, names and research as the model does', () => {
    expect(graph.chainIdOf('b.one')).toBe('b');
    expect(graph.segmentsOfChain('a')).toEqual(['a.one', 'a.two', 'a.three']);
    expect(graph.segmentName('a.one')).toEqual(model.segment('a.one')?.name);
    expect(graph.segmentName('a.missing')).toBeUndefined();
    expect([graph.isResearchServed('a.one'), graph.isResearchServed('a.two')]).toEqual([true, false]);
  });

  it('lists each park hosting any of the segments once', () => {
    expect(graph.parksFor(['a.one', 'a.two']).map((park) => park.id)).toEqual(['north', 'south']);
  });

  it('leaves China-ROK-only policies out of a domestic pair', () => {
    expect(graph.policiesFor({ segmentIds: ['a.one'], crossBorder: false }).map((p) => p.id)).toEqual(['joint-labs']);
    expect(graph.policiesFor({ segmentIds: ['a.one'], mode: 'SUPPLY_AGREEMENT', crossBorder: true }).map((p) => p.id)).toEqual([
      'rok-only',
    ]);
  });
});

describe('the chain catalog of a model (what validation and listing items read)', () => {
  const catalog = model.chainCatalog;

  it('knows which segments and parks exist', () => {
    expect([catalog.hasSegment('a.three'), catalog.hasSegment('a.missing')]).toEqual([true, false]);
    expect([catalog.hasPark('south'), catalog.hasPark('east')]).toEqual([true, false]);
  });

  it('names the chain of a segment, and none for an unknown one', () => {
    expect(catalog.chainIdOf('a.three')).toBe('a');
    expect(catalog.chainIdOf('a.missing')).toBeUndefined();
  });
});

describe('the zone model', () => {
  it('is the data set of ./data, and its views report that data set’s version', () => {
    expect(zoneIndustryChainModel.version).toBe(industryChainData.version);
    expect(zoneIndustryChainModel.chainGraph.modelVersion).toBe(industryChainData.version);
    expect(zoneIndustryChainModel.segments()).toHaveLength(
      industryChainData.groups
        .flatMap((g) => g.chains)
        .flatMap((c) => c.stages)
        .flatMap((s) => s.segments).length,
    );
  });
});
