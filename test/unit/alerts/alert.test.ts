import { describe, expect, it } from 'vitest';
import { alertDraftProblems, MAX_ALERTS_PER_ORGANIZATION, partnerAlertScore, type Alert } from '../../../functions/core/alerts/alert.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { aMatchProfile } from '../../support/match-profile-factory.js';

const graph = zoneIndustryChainModel.chainGraph;
const igbtMaker = aMatchProfile({ id: 'igbt', country: 'KR', offers: ['semi.power-semiconductors'], seeks: ['nev.electric-drive'] });
const driveMaker = aMatchProfile({ id: 'drive', country: 'CN', offers: ['nev.electric-drive'], seeks: ['semi.power-semiconductors'] });
const cosmetics = aMatchProfile({ id: 'beauty', country: 'CN', offers: ['beauty.cosmetics'], seeks: ['beauty.cosmetic-ingredients'] });

const anAlert = (overrides: Partial<Alert> = {}): Alert => ({
  id: 'alert-1',
  organizationId: 'igbt',
  minScore: 0.3,
  countries: [],
  types: [],
  kinds: ['PARTNER'],
  frequency: 'INSTANT',
  createdBy: 'someone',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...overrides,
});

describe('saved alerts', () => {
  it('accepts a sound alert and names the field of each problem', () => {
    expect(alertDraftProblems(anAlert(), 0)).toEqual([]);
    const problems = alertDraftProblems(anAlert({ minScore: -0.1, countries: ['CN', 'CN'], kinds: [] }), 0);
    expect(problems.map((problem) => problem.path)).toEqual(['input.minScore', 'input.countries[1]', 'input.kinds']);
  });

  it(`refuses an organization's alert beyond ${MAX_ALERTS_PER_ORGANIZATION}`, () => {
    expect(alertDraftProblems(anAlert(), MAX_ALERTS_PER_ORGANIZATION - 1)).toEqual([]);
    expect(alertDraftProblems(anAlert(), MAX_ALERTS_PER_ORGANIZATION).map((problem) => problem.path)).toEqual(['input.organizationId']);
  });

  it('scores a newcomer with the partner-search fit model: a drive maker passes an IGBT maker’s alert, a cosmetics maker does not', () => {
    expect(partnerAlertScore(graph, anAlert(), igbtMaker, driveMaker)).toBeGreaterThanOrEqual(0.3);
    expect(partnerAlertScore(graph, anAlert(), igbtMaker, cosmetics)).toBeNull();
  });

  it('applies the alert’s own filters: countries, types, least score and kinds', () => {
    expect(partnerAlertScore(graph, anAlert({ countries: ['KR'] }), igbtMaker, driveMaker)).toBeNull();
    expect(partnerAlertScore(graph, anAlert({ types: ['UNIVERSITY'] }), igbtMaker, driveMaker)).toBeNull();
    expect(partnerAlertScore(graph, anAlert({ minScore: 1 }), igbtMaker, driveMaker)).toBeNull();
    expect(partnerAlertScore(graph, anAlert({ kinds: ['POSTING'] }), igbtMaker, driveMaker)).toBeNull();
  });
});
