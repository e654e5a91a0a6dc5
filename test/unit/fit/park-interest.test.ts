import { describe, expect, it } from 'vitest';
import { parkInterest } from '../../../functions/core/fit/park-interest.js';
import { NEUTRAL, PARK_INTEREST } from '../../../functions/core/fit/weights.js';
import { tinyChainGraph } from '../../support/chain-graph-factory.js';
import { aMatchProfile } from '../../support/match-profile-factory.js';

const graph = tinyChainGraph({
  chains: { nev: ['cells', 'vehicles'], bio: ['antibodies'] },
  parks: [
    { id: 'nev-park', segments: ['cells', 'vehicles'] },
    { id: 'bio-park', segments: ['antibodies'] },
  ],
});
const withParks = (id: string, parks: string[], offers: string[] = []) =>
  aMatchProfile({ id, offers, preferences: { countries: [], types: [], parks } });

describe('park interest', () => {
  it('is highest when both named the same park', () => {
    expect(parkInterest(graph, withParks('a', ['nev-park']), withParks('b', ['nev-park', 'bio-park']))).toBe(PARK_INTEREST.SHARED);
  });

  it('counts a park one side wants that hosts the other side’s segment', () => {
    expect(parkInterest(graph, withParks('a', ['nev-park']), withParks('b', [], ['vehicles']))).toBe(PARK_INTEREST.HOSTS_OTHER);
  });

  it('is a mild mismatch when both named unrelated parks', () => {
    expect(parkInterest(graph, withParks('a', ['nev-park']), withParks('b', ['bio-park']))).toBe(PARK_INTEREST.DISJOINT);
  });

  it('is neutral when neither side named a park, or only one did and it hosts nothing of the other', () => {
    expect(parkInterest(graph, withParks('a', []), withParks('b', []))).toBe(NEUTRAL);
    expect(parkInterest(graph, withParks('a', ['bio-park']), withParks('b', [], ['cells']))).toBe(NEUTRAL);
  });
});
