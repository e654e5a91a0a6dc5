/**
 * Hard filters: conditions that exclude a candidate outright, never soft
 * penalties. They come from the search input (countries, types, chains,
 * segments, modes, verified only) and from BOTH sides' stated preferences
 * (partner countries and types), plus who a seeker never sees: itself,
 * suspended organizations, and organizations it has declined matches with.
 */
import type { MatchProfile } from '../match-profile.js';
import type { CooperationMode, Country, OrganizationType } from '../vocabulary.js';
import type { ChainGraph } from '../industry-chain/chain-graph.js';

export interface SearchFilters {
  countries: readonly Country[];
  types: readonly OrganizationType[];
  chains: readonly string[];
  segments: readonly string[];
  modes: readonly CooperationMode[];
  verifiedOnly: boolean;
  /** Organizations the seeker must not see (declined matches, unless asked to include them). */
  excludedOrganizationIds: ReadonlySet<string>;
}

export const NO_FILTERS: SearchFilters = {
  countries: [],
  types: [],
  chains: [],
  segments: [],
  modes: [],
  verifiedOnly: false,
  excludedOrganizationIds: new Set(),
};

export type FilterName =
  | 'SELF'
  | 'SUSPENDED'
  | 'EXCLUDED'
  | 'COUNTRY'
  | 'TYPE'
  | 'CHAIN'
  | 'SEGMENT'
  | 'MODE'
  | 'VERIFIED_ONLY'
  | 'SEEKER_PREFERENCES'
  | 'CANDIDATE_PREFERENCES';

/** An empty list allows everything. */
function allows<T>(list: readonly T[], value: T): boolean {
  return list.length === 0 || list.includes(value);
}

function allowsAny<T>(list: readonly T[], values: readonly T[]): boolean {
  return list.length === 0 || values.some((value) => list.includes(value));
}

/** Whether `who`'s stated partner preferences accept `other`. */
export function preferencesAccept(who: MatchProfile, other: MatchProfile): boolean {
  return allows(who.preferences.countries, other.country) && allows(who.preferences.types, other.type);
}

function searchFilterFailing(graph: ChainGraph, candidate: MatchProfile, filters: SearchFilters): FilterName | undefined {
  if (!allows(filters.countries, candidate.country)) return 'COUNTRY';
  if (!allows(filters.types, candidate.type)) return 'TYPE';
  const candidateChains = candidate.offers.map((segment) => graph.chainIdOf(segment) ?? '');
  if (!allowsAny(filters.chains, candidateChains)) return 'CHAIN';
  if (!allowsAny(filters.segments, [...candidate.offers, ...candidate.seeks])) return 'SEGMENT';
  // A candidate that lists no modes is open to any.
  if (candidate.cooperationModes.length > 0 && !allowsAny(filters.modes, candidate.cooperationModes)) return 'MODE';
  if (filters.verifiedOnly && candidate.verification !== 'VERIFIED') return 'VERIFIED_ONLY';
  return undefined;
}

/** The first filter that excludes the candidate, or undefined when it may be shown. */
export function excludingFilter(
  graph: ChainGraph,
  seeker: MatchProfile,
  candidate: MatchProfile,
  filters: SearchFilters,
): FilterName | undefined {
  if (candidate.id === seeker.id) return 'SELF';
  if (candidate.verification === 'SUSPENDED') return 'SUSPENDED';
  if (filters.excludedOrganizationIds.has(candidate.id)) return 'EXCLUDED';
  const failing = searchFilterFailing(graph, candidate, filters);
  if (failing) return failing;
  if (!preferencesAccept(seeker, candidate)) return 'SEEKER_PREFERENCES';
  if (!preferencesAccept(candidate, seeker)) return 'CANDIDATE_PREFERENCES';
  return undefined;
}
