import { describe, expect, it } from 'vitest';
import { rankingLimitProblems, SEARCH_LIMITS } from '../../../functions/core/fit/search-criteria.js';

describe('the limits every ranked read shares', () => {
  it('accepts 1 to maxFirst results and a least score from 0 to 1', () => {
    expect(rankingLimitProblems({ first: 1, minScore: 0 })).toEqual([]);
    expect(rankingLimitProblems({ first: SEARCH_LIMITS.maxFirst, minScore: 1 })).toEqual([]);
  });

  it('names top-level arguments without a path and input fields under one', () => {
    const bad = { first: SEARCH_LIMITS.maxFirst + 1, minScore: -0.1 };
    expect(rankingLimitProblems(bad).map((p) => p.path)).toEqual(['first', 'minScore']);
    expect(rankingLimitProblems(bad, 'input').map((p) => p.path)).toEqual(['input.first', 'input.minScore']);
  });

  it('refuses a fractional or zero result count', () => {
    expect(rankingLimitProblems({ first: 2.5, minScore: 0 })).toHaveLength(1);
    expect(rankingLimitProblems({ first: 0, minScore: 0 })).toHaveLength(1);
  });
});
