import { describe, expect, it } from 'vitest';
import { fitOf } from '../../../functions/core/fit/fit-score.js';
import { applicablePolicies, suggestedPark } from '../../../functions/core/fit/zone-advice.js';
import { tinyChainGraph } from '../../support/chain-graph-factory.js';
import { aFitRequest, aMatchProfile } from '../../support/match-profile-factory.js';

const graph = tinyChainGraph({
  chains: { nev: ['cells', 'packs'], bio: ['antibodies'] },
  supply: [['cells', 'packs']],
  parks: [
    { id: 'a-battery-park', segments: ['cells'] },
    { id: 'b-nev-park', segments: ['cells', 'packs'] },
    { id: 'c-pack-park', segments: ['packs'] },
  ],
  policies: [
    { id: 'any-segment-any-mode', segments: [], modes: [] },
    { id: 'cells-supply', segments: ['cells'], modes: ['SUPPLY_AGREEMENT'] },
    { id: 'cells-rnd', segments: ['cells'], modes: ['JOINT_RND'] },
    { id: 'china-rok-only', segments: [], modes: [], crossBorderOnly: true },
    { id: 'antibodies', segments: ['antibodies'], modes: [] },
  ],
});
const packMaker = aMatchProfile({ id: 'packs', offers: ['packs'], cooperationModes: ['SUPPLY_AGREEMENT'] });
const cellMaker = (overrides: Partial<Parameters<typeof aMatchProfile>[0]> = {}) =>
  aMatchProfile({ id: 'cells', country: 'KR', offers: ['cells'], cooperationModes: ['SUPPLY_AGREEMENT'], ...overrides });

describe('zone advice', () => {
  it('suggests the park hosting both sides’ segments', () => {
    const fit = fitOf(graph, aFitRequest(packMaker), cellMaker())!;
    expect(suggestedPark(graph, fit, packMaker)?.id).toBe('b-nev-park');
  });

  it('prefers, among parks hosting one side, the one a side said it wants', () => {
    const fit = fitOf(graph, aFitRequest(packMaker), cellMaker({ preferences: { countries: [], types: [], parks: ['c-pack-park'] } }))!;
    const withoutSharedPark = { ...graph, parksFor: (ids: readonly string[]) => graph.parksFor(ids).filter((p) => p.id !== 'b-nev-park') };
    expect(suggestedPark(withoutSharedPark, fit, packMaker)?.id).toBe('c-pack-park');
  });

  it('lists the policy measures for the pair’s segments and shared modes, China-ROK ones only for cross-border pairs', () => {
    const crossBorder = fitOf(graph, aFitRequest(packMaker), cellMaker())!;
    expect(applicablePolicies(graph, crossBorder, packMaker).map((p) => p.id)).toEqual([
      'any-segment-any-mode',
      'cells-supply',
      'china-rok-only',
    ]);
    const domestic = fitOf(graph, aFitRequest(packMaker), cellMaker({ country: 'CN' }))!;
    expect(applicablePolicies(graph, domestic, packMaker).map((p) => p.id)).toEqual(['any-segment-any-mode', 'cells-supply']);
  });
});
