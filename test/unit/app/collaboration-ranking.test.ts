import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankCollaborationsFor, type OwnedCollaboration } from '../../../functions/app/collaboration-ranking.js';
import type { CollaborationSnapshot } from '../../../functions/core/collaboration-snapshot.js';
import { tinyChainGraph } from '../../support/chain-graph-factory.js';
import { aMatchProfile } from '../../support/match-profile-factory.js';
import { aFitSnapshot, aMatchRecord } from '../../support/match-factory.js';
import { declineFeedbackOf } from '../../../functions/core/fit/decline-feedback.js';
import { FAR_STRONGER_MARGIN } from '../../../functions/core/fit/weights.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import type { MatchProfile } from '../../../functions/core/match-profile.js';

const graph = tinyChainGraph({
  chains: { nev: ['cells', 'packs', 'vehicles'] },
  supply: [
    ['cells', 'packs'],
    ['packs', 'vehicles'],
  ],
});
const cellMaker = aMatchProfile({ id: 'cell-maker', country: 'KR', offers: ['cells'] });

function anOpenRequest(id: string, segments: string[], overrides: Partial<CollaborationSnapshot> = {}): OwnedCollaboration {
  const owner = aMatchProfile({ id: `owner-of-${id}`, offers: ['vehicles'] });
  const collaboration: CollaborationSnapshot = {
    id,
    ownerOrganizationId: owner.id,
    kind: 'BUSINESS_REQUEST',
    segments,
    cooperationModes: [],
    partnerTypes: [],
    partnerCountries: [],
    expiresAt: '2027-01-01T00:00:00.000Z',
    openForInterest: true,
    ...overrides,
  };
  return { collaboration, owner };
}

const everything = { minScore: 0, first: 50 };
const idsOf = (ranked: { collaborationId: string }[]) => ranked.map((r) => r.collaborationId);

describe('recommended collaborations, ranked for one organization', () => {
  it('puts a request for what the organization makes above one for a segment further down its chain', () => {
    const ranked = rankCollaborationsFor(
      graph,
      cellMaker,
      [anOpenRequest('wants-vehicles', ['vehicles']), anOpenRequest('wants-cells', ['cells'])],
      everything,
    );
    expect(idsOf(ranked)).toEqual(['wants-cells', 'wants-vehicles']);
    expect(ranked[0]!.fit.score).toBeGreaterThan(ranked[1]!.fit.score);
  });

  it('breaks equal scores by collaboration id, whatever order the collaborations arrive in', () => {
    const collaborations = [
      anOpenRequest('col-c', ['cells']),
      anOpenRequest('col-a', ['cells']),
      anOpenRequest('col-b', ['cells']),
      anOpenRequest('col-d', ['vehicles']),
    ];
    expect(idsOf(rankCollaborationsFor(graph, cellMaker, collaborations, everything))).toEqual(['col-a', 'col-b', 'col-c', 'col-d']);
    fc.assert(
      fc.property(fc.shuffledSubarray(collaborations, { minLength: collaborations.length }), (shuffled) => {
        expect(idsOf(rankCollaborationsFor(graph, cellMaker, shuffled, everything))).toEqual(['col-a', 'col-b', 'col-c', 'col-d']);
      }),
    );
  });

  it('applies the hard filters: a collaboration that wants only Chinese partners is not shown to a Korean maker', () => {
    const ranked = rankCollaborationsFor(
      graph,
      cellMaker,
      [anOpenRequest('china-only', ['cells'], { partnerCountries: ['CN'] })],
      everything,
    );
    expect(ranked).toEqual([]);
  });

  it('scores the collaboration as its owner’s request: the seeker seeks the collaboration’s segments', () => {
    const [recommended] = rankCollaborationsFor(graph, cellMaker, [anOpenRequest('wants-cells', ['cells'])], everything);
    expect(recommended?.seeker).toMatchObject({ id: 'owner-of-wants-cells', seeks: ['cells'] });
    expect(recommended?.fit.candidate.id).toBe('cell-maker');
  });

  it('drops fits under the least score and keeps at most `first`', () => {
    const collaborations = [
      anOpenRequest('wants-cells', ['cells']),
      anOpenRequest('wants-vehicles', ['vehicles']),
      anOpenRequest('also-cells', ['cells']),
    ];
    const all = rankCollaborationsFor(graph, cellMaker, collaborations, everything);
    const weakest = all.at(-1)!.fit.score;
    const strongest = all[0]!.fit.score;
    expect(idsOf(rankCollaborationsFor(graph, cellMaker, collaborations, { minScore: (weakest + strongest) / 2, first: 50 }))).toEqual([
      'also-cells',
      'wants-cells',
    ]);
    expect(idsOf(rankCollaborationsFor(graph, cellMaker, collaborations, { minScore: 0, first: 1 }))).toEqual(['also-cells']);
  });
});

describe('recommended collaborations follow the ranking rules of partner search, from the organization’s side', () => {
  const zone = zoneIndustryChainModel.chainGraph;
  const NOW = new Date('2026-12-01T00:00:00.000Z');
  /** Makes cells and has said it needs production equipment. */
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
  const packMaker = aMatchProfile({
    id: 'kr-packs',
    country: 'KR',
    verification: 'VERIFIED',
    offers: ['nev.battery-packs'],
    cooperationModes: ['SUPPLY_AGREEMENT', 'DISTRIBUTION'],
  });
  const vehicleMaker = aMatchProfile({
    id: 'kr-vehicles',
    country: 'KR',
    verification: 'VERIFIED',
    offers: ['nev.vehicle-manufacturing'],
    cooperationModes: ['SUPPLY_AGREEMENT'],
  });
  const owned = (id: string, kind: CollaborationSnapshot['kind'], segments: string[], owner: MatchProfile): OwnedCollaboration => ({
    collaboration: {
      id,
      ownerOrganizationId: owner.id,
      kind,
      segments,
      cooperationModes: [],
      partnerTypes: [],
      partnerCountries: [],
      expiresAt: '2027-01-01T00:00:00.000Z',
      openForInterest: true,
    },
    owner,
  });
  const equipmentOffer = owned('equipment-offer', 'BUSINESS_OFFER', ['smart-equipment.intelligent-equipment'], equipmentMaker);
  const packsOffer = owned('packs-offer', 'BUSINESS_OFFER', ['nev.battery-packs'], packMaker);
  const wantsCells = owned('wants-cells', 'BUSINESS_REQUEST', ['nev.battery-cells'], vehicleMaker);
  const vehiclesOffer = owned('vehicles-offer', 'BUSINESS_OFFER', ['nev.vehicle-manufacturing'], vehicleMaker);

  it('puts a collaboration offering what the organization asked for before a stronger chain neighbour, scores unchanged', () => {
    const ranked = rankCollaborationsFor(zone, cellMaker, [packsOffer, equipmentOffer], everything);
    const score = (id: string) => ranked.find((r) => r.collaborationId === id)!.fit.score;
    expect(score('packs-offer')).toBeGreaterThan(score('equipment-offer'));
    expect(score('packs-offer') - score('equipment-offer')).toBeLessThan(FAR_STRONGER_MARGIN);
    expect(idsOf(ranked)).toEqual(['equipment-offer', 'packs-offer']);
    expect(ranked.map((r) => r.statedIntent)).toEqual(['MET', 'UNMET']);
  });

  it('counts a request for what the organization offers as stated intent too', () => {
    const ranked = rankCollaborationsFor(zone, cellMaker, [packsOffer, wantsCells], everything);
    expect(ranked.find((r) => r.collaborationId === 'wants-cells')?.statedIntent).toBe('MET');
    expect(idsOf(ranked)[0]).toBe('wants-cells');
  });

  it('ranks by score alone when neither side stated a need', () => {
    const noNeeds = { ...cellMaker, seeks: [] };
    const ranked = rankCollaborationsFor(zone, noNeeds, [vehiclesOffer, packsOffer], everything);
    expect(ranked.map((r) => r.statedIntent)).toEqual(['NONE_STATED', 'NONE_STATED']);
    expect(ranked[0]!.fit.score).toBeGreaterThan(ranked[1]!.fit.score);
  });

  it('ranks owners like those the organization declined as not relevant lower, and says so in the fit', () => {
    // The cell maker declined another pack maker's interest (the sender was the fit's seeker) yesterday.
    const decline = aMatchRecord({
      fromOrganizationId: 'kr-packs-2',
      toOrganizationId: 'cn-cells',
      status: 'DECLINED',
      declineReason: 'NOT_RELEVANT',
      respondedAt: '2026-11-30T00:00:00.000Z',
      fit: aFitSnapshot({
        seekerOrganizationId: 'kr-packs-2',
        reasons: [
          {
            kind: 'SUPPLY',
            direction: 'CANDIDATE_SUPPLIES_SEEKER',
            seekerSegment: 'nev.battery-packs',
            candidateSegment: 'nev.battery-cells',
            strength: 0.8,
            serves: 'BOTH',
          },
        ],
      }),
    });
    const feedback = declineFeedbackOf('cn-cells', [decline], NOW);
    const noNeeds = { ...cellMaker, seeks: [] };
    const without = rankCollaborationsFor(zone, noNeeds, [packsOffer, vehiclesOffer], everything);
    const withFeedback = rankCollaborationsFor(zone, noNeeds, [packsOffer, vehiclesOffer], { ...everything, feedback });
    const packs = withFeedback.find((r) => r.collaborationId === 'packs-offer')!;
    expect(packs.fit.feedback?.similarDeclines).toBe(1);
    expect(packs.fit.feedback?.demotion).toBeGreaterThan(0);
    expect(packs.fit.score).toBe(without.find((r) => r.collaborationId === 'packs-offer')!.fit.score);
    expect(withFeedback.find((r) => r.collaborationId === 'vehicles-offer')!.fit.feedback).toBeUndefined();
  });
});
