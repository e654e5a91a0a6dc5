import { describe, expect, it } from 'vitest';
import {
  layoutChainPicture,
  pictureReason,
  servingParty,
  type PictureReason,
  type PictureSegment,
} from '../../../web/src/screens/partners/chain-picture-layout.js';

const semi = {
  id: 'semi',
  name: 'Semiconductors',
  stages: ['Design', 'Wafers', 'Power devices'].map((name, index) => ({ id: `semi.${index}`, name, index })),
};
const nev = {
  id: 'nev',
  name: 'New-energy vehicles',
  stages: ['Materials', 'Cells', 'Drives', 'Vehicles'].map((name, index) => ({ id: `nev.${index}`, name, index })),
};

function segment(chain: typeof semi, stageIndex: number): PictureSegment {
  return { id: `${chain.id}.s${stageIndex}`, name: `segment ${stageIndex}`, chain, stage: { index: stageIndex } };
}

function reason(overrides: Partial<PictureReason>): PictureReason {
  return {
    kind: 'SUPPLY',
    direction: 'SEEKER_SUPPLIES_CANDIDATE',
    seekerSegment: segment(nev, 1),
    candidateSegment: segment(nev, 3),
    ...overrides,
  };
}

describe('chain picture layout', () => {
  it('draws one row of stages when both segments sit on the same chain, each party marked on its stage', () => {
    const layout = layoutChainPicture(reason({}));
    expect(layout.rows).toHaveLength(1);
    expect(layout.rows[0]!.stages.map((stage) => stage.marks)).toEqual([[], ['seeker'], [], ['candidate']]);
  });

  it('draws two rows for a cross-chain link, the seeker’s chain first', () => {
    const layout = layoutChainPicture(
      reason({
        kind: 'CROSS_CHAIN_SUPPLY',
        direction: 'SEEKER_SUPPLIES_CANDIDATE',
        seekerSegment: segment(semi, 2),
        candidateSegment: segment(nev, 2),
      }),
    );
    expect(layout.rows.map((row) => row.chainName)).toEqual(['Semiconductors', 'New-energy vehicles']);
    expect(layout.link.from.y).toBeLessThan(layout.link.to.y);
    expect(layout.width).toBeGreaterThan(0);
  });

  it('points the arrow from the serving side to the served side', () => {
    const seekerServes = layoutChainPicture(reason({ direction: 'SEEKER_SUPPLIES_CANDIDATE' }));
    const candidateServes = layoutChainPicture(reason({ direction: 'CANDIDATE_OFFERS_WHAT_SEEKER_SEEKS' }));
    expect(seekerServes.link.from.x).toBeLessThan(seekerServes.link.to.x);
    expect(candidateServes.link.from.x).toBeGreaterThan(candidateServes.link.to.x);
    expect(seekerServes.link.directed).toBe(true);
  });

  it('draws peers without an arrow and research links as research', () => {
    expect(servingParty('PEERS')).toBeNull();
    expect(layoutChainPicture(reason({ kind: 'PEER', direction: 'PEERS' })).link.directed).toBe(false);
    expect(layoutChainPicture(reason({ kind: 'RESEARCH', direction: 'CANDIDATE_RESEARCHES_FOR_SEEKER' })).link.research).toBe(true);
  });

  it('draws the strongest reason joining two different segments, else the strongest', () => {
    const sameSegment = reason({ kind: 'SEEKS_OFFERED', seekerSegment: segment(nev, 2), candidateSegment: segment(nev, 2) });
    const supply = reason({ kind: 'CROSS_CHAIN_SUPPLY', seekerSegment: segment(semi, 2), candidateSegment: segment(nev, 2) });
    expect(pictureReason([sameSegment, supply])).toBe(supply);
    expect(pictureReason([sameSegment])).toBe(sameSegment);
    const none: (typeof supply)[] = [];
    expect(pictureReason(none)).toBeUndefined();
  });
});
