/**
 * What a partner search asks, as the domain sees it, with its defaults and
 * limits and the rules it must satisfy (every problem names its input field).
 */
import { type FieldProblem } from '../errors.js';
import { duplicateProblems, tooManyProblems } from '../validation/field-problems.js';
import type { CooperationMode, Country, Locale, OrganizationType, TechnologyMaturity } from '../vocabulary.js';
import type { ChainGraph } from '../industry-chain/chain-graph.js';

export const SEARCH_LIMITS = {
  /** Results returned when `first` is not given. */
  defaultFirst: 10,
  /** Most results one search returns; more is BAD_USER_INPUT. */
  maxFirst: 50,
  /** Entries in each filter list (countries, types, chains, segments, modes). */
  maxFilterValues: 20,
} as const;

export interface PartnerSearchCriteria {
  /** Search for this organization... */
  organizationId?: string;
  /** ...or for this open collaboration (exactly one of the two). */
  collaborationId?: string;
  countries: Country[];
  types: OrganizationType[];
  chains: string[];
  segments: string[];
  modes: CooperationMode[];
  /** 0..1: fits scoring less are dropped. */
  minScore: number;
  verifiedOnly: boolean;
  /** Favour China-ROK pairs (default true). */
  crossBorder: boolean;
  /** Also show organizations with a declined match. */
  includeDeclined: boolean;
  /** The least technology maturity wanted, if any. */
  maturity?: TechnologyMaturity;
  first: number;
  locale: Locale;
}

function listProblems(values: readonly string[], path: string, exists: (value: string) => boolean, what: string): FieldProblem[] {
  return [
    ...tooManyProblems(values, SEARCH_LIMITS.maxFilterValues, path),
    ...duplicateProblems(values, path),
    ...values.flatMap((value, i) => (exists(value) ? [] : [{ path: `${path}[${i}]`, message: `unknown ${what} ${value}` }])),
  ];
}

/**
 * The limits every ranked read shares (partner search, recommended
 * collaborations): how many results and the least score. Problems name
 * `<path>.first` and `<path>.minScore`, or `first` and `minScore` without a path.
 */
export function rankingLimitProblems(limits: { first: number; minScore: number }, path?: string): FieldProblem[] {
  const field = (name: string) => (path ? `${path}.${name}` : name);
  return [
    ...(Number.isInteger(limits.first) && limits.first >= 1 && limits.first <= SEARCH_LIMITS.maxFirst
      ? []
      : [{ path: field('first'), message: `must be an integer from 1 to ${SEARCH_LIMITS.maxFirst}` }]),
    ...(limits.minScore >= 0 && limits.minScore <= 1 ? [] : [{ path: field('minScore'), message: 'must be between 0 and 1' }]),
  ];
}

/** Every problem of a search; empty when it may run. */
export function searchCriteriaProblems(criteria: PartnerSearchCriteria, graph: ChainGraph, path = 'input'): FieldProblem[] {
  const subjects = [criteria.organizationId, criteria.collaborationId].filter((id) => id !== undefined).length;
  return [
    ...(subjects === 1 ? [] : [{ path, message: 'give exactly one of organizationId and collaborationId' }]),
    ...rankingLimitProblems(criteria, path),
    ...listProblems(criteria.segments, `${path}.segments`, (id) => graph.segmentName(id) !== undefined, 'segment'),
    ...listProblems(criteria.chains, `${path}.chains`, (id) => graph.segmentsOfChain(id).length > 0, 'chain'),
    ...listProblems(criteria.countries, `${path}.countries`, () => true, 'country'),
    ...listProblems(criteria.types, `${path}.types`, () => true, 'type'),
    ...listProblems(criteria.modes, `${path}.modes`, () => true, 'mode'),
  ];
}
