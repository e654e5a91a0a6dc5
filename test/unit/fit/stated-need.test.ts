import { describe, expect, it } from 'vitest';
import { fitOf } from '../../../functions/core/fit/fit-score.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { NO_FILTERS } from '../../../functions/core/fit/hard-filters.js';
import { rankPartners } from '../../../functions/core/fit/partner-ranking.js';
import { reciprocalFit } from '../../../functions/core/fit/reciprocity.js';
import { rankingScore } from '../../../functions/core/fit/rank.js';
import { CORROBORATION, COMPONENT_WEIGHTS, EVIDENCE_STRENGTH, FAR_STRONGER_MARGIN } from '../../../functions/core/fit/weights.js';
import type { MatchProfile } from '../../../functions/core/match-profile.js';
import { aFitRequest, aMatchProfile } from '../../support/match-profile-factory.js';

const graph = zoneIndustryChainModel.chainGraph;

const cellMaker = aMatchProfile({
  id: 'cn-cells',
  verification: 'VERIFIED',
  offers: ['nev.battery-cells'],
  seeks: ['smart-equipment.intelligent-equipment'],
  cooperationModes: ['SUPPLY_AGREEMENT'],
});
const equipmentMaker = aMatchProfile({
  id: 'kr-equipment',
  country: 'KR',
  offers: ['smart-equipment.intelligent-equipment'],
  cooperationModes: ['SUPPLY_AGREEMENT'],
});
const packMakerWantingCells = aMatchProfile({
  id: 'kr-packs',
  country: 'KR',
  verification: 'VERIFIED',
  offers: ['nev.battery-packs'],
  seeks: ['nev.battery-cells'],
  cooperationModes: ['SUPPLY_AGREEMENT', 'DISTRIBUTION'],
});

const rank = (seeker: MatchProfile, candidates: MatchProfile[]) =>
  rankPartners(graph, aFitRequest(seeker), candidates, { filters: NO_FILTERS, minScore: 0, first: 10 }).map((f) => f.candidate.id);

describe('intent before inference', () => {
  it('puts the partner offering what was asked for before a chain neighbour that wants the seeker’s products', () => {
    const neighbour = fitOf(graph, aFitRequest(cellMaker), packMakerWantingCells)!;
    const asked = fitOf(graph, aFitRequest(cellMaker), equipmentMaker)!;
    expect(neighbour.score).toBeGreaterThan(asked.score); // the neighbour's fit is two-sided, the equipment maker's one-sided
    expect(rank(cellMaker, [packMakerWantingCells, equipmentMaker])).toEqual(['kr-equipment', 'kr-packs']);
  });

  it('leaves scores as the components add up and moves only the order', () => {
    const neighbour = fitOf(graph, aFitRequest(cellMaker), packMakerWantingCells)!;
    expect(neighbour.statedNeed).toBe('UNMET');
    expect(rankingScore(neighbour)).toBeCloseTo(neighbour.score - FAR_STRONGER_MARGIN, 9);
  });

  it('lets a far stronger neighbour pass when the stated-need partner is weak on everything else', () => {
    // Same country, unverified, an institute for a supply deal, one of the two modes the seeker wants.
    const weakEquipmentMaker = aMatchProfile({
      id: 'cn-equipment',
      offers: ['smart-equipment.intelligent-equipment'],
      type: 'RESEARCH_INSTITUTE',
      cooperationModes: ['SUPPLY_AGREEMENT'],
    });
    const seeker = { ...cellMaker, cooperationModes: ['SUPPLY_AGREEMENT' as const, 'DISTRIBUTION' as const] };
    const asked = fitOf(graph, aFitRequest(seeker), weakEquipmentMaker)!;
    const neighbour = fitOf(graph, aFitRequest(seeker), packMakerWantingCells)!;
    expect(asked.statedNeed).toBe('MET');
    expect(neighbour.score - asked.score).toBeGreaterThan(FAR_STRONGER_MARGIN);
    expect(rank(seeker, [weakEquipmentMaker, packMakerWantingCells])).toEqual(['kr-packs', 'cn-equipment']);
  });

  it('does not count a need as met when the pair share no cooperation mode', () => {
    const jointVentureOnly = aMatchProfile({
      id: 'kr-jv',
      country: 'KR',
      offers: ['smart-equipment.intelligent-equipment'],
      cooperationModes: ['JOINT_VENTURE'],
    });
    expect(fitOf(graph, aFitRequest(cellMaker), jointVentureOnly)?.statedNeed).toBe('UNMET');
  });

  it('changes nothing for a seeker that states no need', () => {
    const quietCellMaker = { ...cellMaker, seeks: [] };
    const fit = fitOf(graph, aFitRequest(quietCellMaker), packMakerWantingCells)!;
    expect(fit.statedNeed).toBe('NONE_STATED');
    expect(rankingScore(fit)).toBe(fit.score);
  });

  it('keeps reciprocity among partners that meet the need: a two-sided one first', () => {
    const equipmentMakerWantingCells = { ...equipmentMaker, id: 'kr-equipment-2', seeks: ['nev.battery-cells'] };
    expect(rank(cellMaker, [equipmentMaker, equipmentMakerWantingCells])).toEqual(['kr-equipment-2', 'kr-equipment']);
  });

  it('sets the margin above the widest gap inferred chain evidence alone can open against a one-sided stated need', () => {
    const supply = EVIDENCE_STRENGTH.SUPPLY;
    const strongestInferredForward = supply + CORROBORATION * (1 - supply) * supply;
    const widestChainGap = COMPONENT_WEIGHTS.reciprocalChainFit * (reciprocalFit(strongestInferredForward, 1) - reciprocalFit(1, 0));
    expect(FAR_STRONGER_MARGIN).toBeGreaterThan(widestChainGap);
  });
});
