import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankFits } from '../../../functions/core/fit/rank.js';
import { aMatchProfile } from '../../support/match-profile-factory.js';

const fit = (id: string, score: number) => ({ candidate: aMatchProfile({ id }), score });

describe('ranking', () => {
  it('puts the highest score first and breaks ties by organization id', () => {
    const ranked = rankFits([fit('c', 0.5), fit('b', 0.9), fit('a', 0.5)]);
    expect(ranked.map((f) => f.candidate.id)).toEqual(['b', 'a', 'c']);
  });

  it('gives the same order whatever order the candidates arrive in', () => {
    const fits = [fit('a', 0.5), fit('b', 0.5), fit('c', 0.7), fit('d', 0.1), fit('e', 0.7)];
    const expected = rankFits(fits).map((f) => f.candidate.id);
    fc.assert(
      fc.property(fc.shuffledSubarray(fits, { minLength: fits.length }), (shuffled) => {
        expect(rankFits(shuffled).map((f) => f.candidate.id)).toEqual(expected);
      }),
    );
  });
});
