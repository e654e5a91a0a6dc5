import { describe, expect, it } from 'vitest';
import { fitOf } from '../../../functions/core/fit/fit-score.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { rankPartners } from '../../../functions/core/fit/partner-ranking.js';
import { NO_FILTERS } from '../../../functions/core/fit/hard-filters.js';
import { COMPONENT_NAMES, COMPONENT_WEIGHTS } from '../../../functions/core/fit/weights.js';
import { aFitRequest, aMatchProfile } from '../../support/match-profile-factory.js';

const graph = zoneIndustryChainModel.chainGraph;

const electricDriveMaker = aMatchProfile({
  id: 'cn-edrive',
  country: 'CN',
  offers: ['nev.electric-drive'],
  seeks: ['semi.power-semiconductors'],
  cooperationModes: ['SUPPLY_AGREEMENT', 'JOINT_RND'],
});
const igbtMaker = aMatchProfile({
  id: 'kr-igbt',
  country: 'KR',
  verification: 'VERIFIED',
  offers: ['semi.power-semiconductors'],
  seeks: ['nev.electric-drive'],
  cooperationModes: ['SUPPLY_AGREEMENT'],
});
const otherDriveMaker = aMatchProfile({ id: 'cn-edrive-2', offers: ['nev.electric-drive'], cooperationModes: ['SUPPLY_AGREEMENT'] });
const igbtSoftwareHouse = aMatchProfile({
  id: 'cn-igbt-software',
  name: { en: 'IGBT Test Software' },
  offers: ['software.it-services'],
  cooperationModes: ['SUPPLY_AGREEMENT'],
});
const chargingOperator = aMatchProfile({
  id: 'kr-charging',
  country: 'KR',
  offers: ['icv.smart-mobility'],
  seeks: ['nev.electric-drive'],
  cooperationModes: ['SUPPLY_AGREEMENT'],
});

describe('fit score', () => {
  it('ranks the IGBT maker first for an electric-drive maker', () => {
    const ranked = rankPartners(graph, aFitRequest(electricDriveMaker), [otherDriveMaker, chargingOperator, igbtSoftwareHouse, igbtMaker], {
      filters: NO_FILTERS,
      minScore: 0,
      first: 10,
    });
    expect(ranked[0]?.candidate.id).toBe('kr-igbt');
  });

  it('is Σ weight × value over named components whose weights sum to 1', () => {
    const fit = fitOf(graph, aFitRequest(electricDriveMaker), igbtMaker)!;
    expect(fit.components.map((c) => c.name)).toEqual([...COMPONENT_NAMES]);
    expect(fit.components.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1);
    expect(fit.score).toBeCloseTo(fit.components.reduce((sum, c) => sum + c.value * c.weight, 0));
    expect(fit.score).toBeGreaterThan(0);
    expect(fit.score).toBeLessThanOrEqual(1);
    expect(fit.components.find((c) => c.name === 'reciprocalChainFit')?.weight).toBe(COMPONENT_WEIGHTS.reciprocalChainFit);
  });

  it('explains the supply direction: the IGBT maker supplies the drive maker across chains', () => {
    const fit = fitOf(graph, aFitRequest(electricDriveMaker), igbtMaker)!;
    expect(fit.reasons).toContainEqual(
      expect.objectContaining({
        kind: 'CROSS_CHAIN_SUPPLY',
        direction: 'CANDIDATE_SUPPLIES_SEEKER',
        seekerSegment: 'nev.electric-drive',
        candidateSegment: 'semi.power-semiconductors',
      }),
    );
    expect(fit.reasons[0]).toMatchObject({ kind: 'SEEKS_OFFERED' });
    expect(fit.crossBorder).toBe(true);
  });

  it('finds no fit without industry-chain evidence, whatever the name or soft signals', () => {
    expect(
      fitOf(graph, aFitRequest(electricDriveMaker), { ...igbtSoftwareHouse, country: 'KR', verification: 'VERIFIED' }),
    ).toBeUndefined();
  });

  it('finds no fit between same-segment competitors that only want supply deals', () => {
    expect(fitOf(graph, aFitRequest(electricDriveMaker), otherDriveMaker)).toBeUndefined();
  });

  it('scores a one-sided fit below a two-sided one with the same soft signals', () => {
    const oneSided = fitOf(graph, aFitRequest(electricDriveMaker), chargingOperator)!;
    const twoSided = fitOf(graph, aFitRequest(electricDriveMaker), { ...igbtMaker, verification: 'UNVERIFIED' })!;
    expect(oneSided.forward).toBe(0);
    expect(oneSided.reverse).toBe(1);
    expect(oneSided.score).toBeLessThan(twoSided.score);
  });

  it('turning the China-ROK preference off makes the country neutral', () => {
    const on = fitOf(graph, aFitRequest(electricDriveMaker), igbtMaker)!;
    const off = fitOf(graph, aFitRequest(electricDriveMaker, { crossBorderPreferred: false }), igbtMaker)!;
    expect(off.score).toBeLessThan(on.score);
    expect(off.components.find((c) => c.name === 'crossBorder')?.value).toBe(0.5);
  });

  it('is deterministic: the same data gives the same result', () => {
    expect(fitOf(graph, aFitRequest(electricDriveMaker), igbtMaker)).toEqual(fitOf(graph, aFitRequest(electricDriveMaker), igbtMaker));
  });
});
