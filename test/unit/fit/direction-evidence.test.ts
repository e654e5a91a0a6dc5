import { describe, expect, it } from 'vitest';
import { directionalFit, evidenceBetween } from '../../../functions/core/fit/direction-evidence.js';
import { CORROBORATION, EVIDENCE_STRENGTH } from '../../../functions/core/fit/weights.js';
import { tinyChainGraph } from '../../support/chain-graph-factory.js';
import { aMatchProfile } from '../../support/match-profile-factory.js';

const graph = tinyChainGraph({
  chains: { nev: ['cells', 'packs', 'drive', 'vehicles', 'charging'], semi: ['wafers', 'power-chips'] },
  supply: [
    ['cells', 'packs'],
    ['packs', 'vehicles'],
    ['drive', 'vehicles'],
    ['power-chips', 'drive'],
  ],
  research: ['cells', 'power-chips'],
});

const firm = (id: string, offers: string[], more: Parameters<typeof aMatchProfile>[0] | object = {}) =>
  aMatchProfile({ id, offers, ...more });

describe('industry-chain evidence between a seeker and a candidate', () => {
  it('finds that the candidate offers what the seeker seeks, serving the seeker only', () => {
    const [e] = evidenceBetween(graph, firm('a', ['vehicles'], { seeks: ['charging'] }), firm('b', ['charging']), []);
    expect(e).toMatchObject({
      kind: 'SEEKS_OFFERED',
      direction: 'CANDIDATE_OFFERS_WHAT_SEEKER_SEEKS',
      serves: 'SEEKER',
      candidateSegment: 'charging',
    });
  });

  it('finds the reverse: the seeker offers what the candidate seeks', () => {
    const [e] = evidenceBetween(graph, firm('a', ['charging']), firm('b', ['vehicles'], { seeks: ['charging'] }), []);
    expect(e).toMatchObject({ kind: 'SEEKS_OFFERED', direction: 'SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS', serves: 'CANDIDATE' });
  });

  it('tells a supplier from a customer', () => {
    const seeker = firm('a', ['packs']);
    expect(evidenceBetween(graph, seeker, firm('b', ['cells']), [])[0]).toMatchObject({
      kind: 'SUPPLY',
      direction: 'CANDIDATE_SUPPLIES_SEEKER',
      seekerSegment: 'packs',
      candidateSegment: 'cells',
    });
    expect(evidenceBetween(graph, seeker, firm('c', ['vehicles']), [])[0]).toMatchObject({
      kind: 'SUPPLY',
      direction: 'SEEKER_SUPPLIES_CANDIDATE',
    });
  });

  it('marks supply links between chains as cross-chain, weaker than within a chain', () => {
    const [e] = evidenceBetween(graph, firm('a', ['drive']), firm('b', ['power-chips']), []);
    expect(e).toMatchObject({ kind: 'CROSS_CHAIN_SUPPLY', direction: 'CANDIDATE_SUPPLIES_SEEKER' });
    expect(e!.strength).toBeLessThan(EVIDENCE_STRENGTH.SUPPLY);
  });

  it('finds a research link between an enterprise and a university in a research-served segment', () => {
    const [e] = evidenceBetween(graph, firm('a', ['cells']), aMatchProfile({ id: 'u', type: 'UNIVERSITY', offers: ['cells'] }), []);
    expect(e).toMatchObject({ kind: 'RESEARCH', direction: 'CANDIDATE_RESEARCHES_FOR_SEEKER', serves: 'BOTH' });
  });

  it('finds research capability one supply link away as weaker, adjacent research', () => {
    const [e] = evidenceBetween(
      graph,
      aMatchProfile({ id: 'i', type: 'RESEARCH_INSTITUTE', offers: ['power-chips'] }),
      firm('a', ['drive']),
      [],
    );
    expect(e).toMatchObject({
      kind: 'RESEARCH_ADJACENT',
      direction: 'SEEKER_RESEARCHES_FOR_CANDIDATE',
      seekerSegment: 'power-chips',
      candidateSegment: 'drive',
    });
  });

  it('does not count a research body as a goods supplier', () => {
    const evidence = evidenceBetween(graph, firm('a', ['vehicles']), aMatchProfile({ id: 'u', type: 'UNIVERSITY', offers: ['packs'] }), []);
    expect(evidence.map((e) => e.kind)).not.toContain('SUPPLY');
  });

  it('counts same-segment firms as peers only for joint R&D, joint ventures or investment', () => {
    const a = firm('a', ['vehicles']);
    const b = firm('b', ['vehicles']);
    expect(evidenceBetween(graph, a, b, ['SUPPLY_AGREEMENT'])).toEqual([]);
    expect(evidenceBetween(graph, a, b, ['JOINT_RND'])[0]).toMatchObject({ kind: 'PEER', direction: 'PEERS' });
  });

  it('finds the same chain without a supply link as weak evidence', () => {
    const [e] = evidenceBetween(graph, firm('a', ['cells']), firm('b', ['charging']), []);
    expect(e).toMatchObject({ kind: 'SAME_CHAIN', strength: EVIDENCE_STRENGTH.SAME_CHAIN });
  });

  it('finds nothing between unrelated segments of different chains', () => {
    expect(evidenceBetween(graph, firm('a', ['wafers']), firm('b', ['charging']), ['JOINT_RND'])).toEqual([]);
  });

  it('lists evidence strongest first, deterministically', () => {
    const seeker = firm('a', ['packs'], { seeks: ['cells'] });
    const candidate = firm('b', ['cells', 'charging']);
    const evidence = evidenceBetween(graph, seeker, candidate, []);
    expect(evidence.map((e) => e.kind)).toEqual(['SEEKS_OFFERED', 'SUPPLY', 'SAME_CHAIN']);
    expect(evidenceBetween(graph, seeker, candidate, [])).toEqual(evidence);
  });
});

describe('directional fit', () => {
  it('is the strongest evidence serving that side, corroborated a little by the second', () => {
    const evidence = evidenceBetween(graph, firm('a', ['packs'], { seeks: ['cells'] }), firm('b', ['cells']), []);
    const [s1, s2] = [EVIDENCE_STRENGTH.SEEKS_OFFERED, EVIDENCE_STRENGTH.SUPPLY];
    expect(directionalFit(evidence, 'SEEKER')).toBeCloseTo(s1 + CORROBORATION * (1 - s1) * s2);
    expect(directionalFit(evidence, 'CANDIDATE')).toBeCloseTo(EVIDENCE_STRENGTH.SUPPLY);
  });

  it('is 0 without evidence', () => {
    expect(directionalFit([], 'SEEKER')).toBe(0);
  });
});
