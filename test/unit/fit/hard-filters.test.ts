import { describe, expect, it } from 'vitest';
import { excludingFilter, NO_FILTERS, type SearchFilters } from '../../../functions/core/fit/hard-filters.js';
import { tinyChainGraph } from '../../support/chain-graph-factory.js';
import { aMatchProfile } from '../../support/match-profile-factory.js';

const graph = tinyChainGraph({ chains: { nev: ['cells', 'vehicles'], bio: ['antibodies'] } });
const seeker = aMatchProfile({ id: 'seeker', offers: ['vehicles'], seeks: ['cells'] });
const candidate = aMatchProfile({ id: 'cand', country: 'KR', offers: ['cells'], cooperationModes: ['SUPPLY_AGREEMENT'] });
const filters = (overrides: Partial<SearchFilters>): SearchFilters => ({ ...NO_FILTERS, ...overrides });

describe('hard filters', () => {
  it('lets a candidate through when nothing excludes it', () => {
    expect(excludingFilter(graph, seeker, candidate, NO_FILTERS)).toBeUndefined();
  });

  it('never shows seekers themselves, suspended organizations or excluded ones', () => {
    expect(excludingFilter(graph, seeker, seeker, NO_FILTERS)).toBe('SELF');
    expect(excludingFilter(graph, seeker, { ...candidate, verification: 'SUSPENDED' }, NO_FILTERS)).toBe('SUSPENDED');
    expect(excludingFilter(graph, seeker, candidate, filters({ excludedOrganizationIds: new Set(['cand']) }))).toBe('EXCLUDED');
  });

  it('applies the search’s countries, types, chains, segments, modes and verified-only', () => {
    expect(excludingFilter(graph, seeker, candidate, filters({ countries: ['CN'] }))).toBe('COUNTRY');
    expect(excludingFilter(graph, seeker, candidate, filters({ types: ['UNIVERSITY'] }))).toBe('TYPE');
    expect(excludingFilter(graph, seeker, candidate, filters({ chains: ['bio'] }))).toBe('CHAIN');
    expect(excludingFilter(graph, seeker, candidate, filters({ segments: ['antibodies'] }))).toBe('SEGMENT');
    expect(excludingFilter(graph, seeker, candidate, filters({ modes: ['JOINT_RND'] }))).toBe('MODE');
    expect(excludingFilter(graph, seeker, candidate, filters({ verifiedOnly: true }))).toBe('VERIFIED_ONLY');
    expect(
      excludingFilter(graph, seeker, candidate, filters({ countries: ['KR'], chains: ['nev'], modes: ['SUPPLY_AGREEMENT'] })),
    ).toBeUndefined();
  });

  it('applies the seeker’s stated partner preferences', () => {
    const picky = { ...seeker, preferences: { countries: ['CN' as const], types: [], parks: [] } };
    expect(excludingFilter(graph, picky, candidate, NO_FILTERS)).toBe('SEEKER_PREFERENCES');
  });

  it('applies the candidate’s stated partner preferences: a candidate that wants only universities is not shown to a firm', () => {
    const choosy = { ...candidate, preferences: { countries: [], types: ['UNIVERSITY' as const], parks: [] } };
    expect(excludingFilter(graph, seeker, choosy, NO_FILTERS)).toBe('CANDIDATE_PREFERENCES');
  });
});
