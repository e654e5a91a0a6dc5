import { describe, expect, it } from 'vitest';
import { pickSome, syntheticOrganization, syntheticOrganizations } from '../../../bench/synthetic-organizations.js';

/** A PRNG that walks the list in order: deterministic draws for the tests. */
const cycling = (length: number) => {
  let i = 0;
  return () => (i++ % length) / length;
};

describe('synthetic organizations of the search benchmark', () => {
  it('picks at most as many items as the list holds distinct ones, and returns', () => {
    // Two distinct items, asked for two out of a list with repeats: the old loop bounded by the length (3) never returned.
    expect(pickSome(cycling(3), ['a', 'a', 'b'], 3).sort()).toEqual(['a', 'b']);
    expect(pickSome(cycling(4), ['x', 'x', 'x', 'x'], 2)).toEqual(['x']);
    expect(pickSome(cycling(3), ['a', 'b', 'c'], 2)).toEqual(['a', 'b']);
    expect(pickSome(cycling(3), [], 2)).toEqual([]);
  });

  it('generates the organizations past index 20,000 that used to hang, each with distinct segments', () => {
    // Every index of the 100,000-organization run from 20,000 to 30,000, where the generator used to hang.
    for (let index = 20_000; index < 30_000; index++) {
      const org = syntheticOrganization(index);
      expect(new Set(org.seeks).size).toBe(org.seeks.length);
      expect(org.seeks.some((segment) => org.offers.some((offer) => offer.segmentId === segment))).toBe(false);
    }
  });

  it('is deterministic: same seed, same organizations', () => {
    expect(syntheticOrganizations(50)).toEqual(syntheticOrganizations(50));
  });
});
