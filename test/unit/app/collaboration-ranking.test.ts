import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankCollaborationsFor, type OwnedCollaboration } from '../../../functions/app/collaboration-ranking.js';
import type { CollaborationSnapshot } from '../../../functions/core/collaboration-snapshot.js';
import { tinyChainGraph } from '../../support/chain-graph-factory.js';
import { aMatchProfile } from '../../support/match-profile-factory.js';

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
