/**
 * What a partner search asks, as the domain sees it, with its defaults and
 * limits and the rules it must satisfy (every problem names its input field).
 */
import { type FieldProblem } from '../errors.js';
import { duplicateProblems, tooManyProblems } from '../validation/field-problems.js';
import type { CooperationMode, Country, Locale, OrganizationType, TechnologyMaturity } from '../vocabulary.js';
import type { ChainGraph } from './chain-graph.js';

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
  /** ...or for this open collaboration posting (exactly one of the two). */
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

/** Every problem of a search; empty when it may run. */
export function searchCriteriaProblems(criteria: PartnerSearchCriteria, graph: ChainGraph, path = 'input'): FieldProblem[] {
  const subjects = [criteria.organizationId, criteria.collaborationId].filter((id) => id !== undefined).length;
  return [
    ...(subjects === 1 ? [] : [{ path, message: 'give exactly one of organizationId and collaborationId' }]),
    ...(Number.isInteger(criteria.first) && criteria.first >= 1 && criteria.first <= SEARCH_LIMITS.maxFirst
      ? []
      : [{ path: `${path}.first`, message: `must be an integer from 1 to ${SEARCH_LIMITS.maxFirst}` }]),
    ...(criteria.minScore >= 0 && criteria.minScore <= 1 ? [] : [{ path: `${path}.minScore`, message: 'must be between 0 and 1' }]),
    ...listProblems(criteria.segments, `${path}.segments`, (id) => graph.segmentName(id) !== undefined, 'segment'),
    ...listProblems(criteria.chains, `${path}.chains`, (id) => graph.segmentsOfChain(id).length > 0, 'chain'),
    ...listProblems(criteria.countries, `${path}.countries`, () => true, 'country'),
    ...listProblems(criteria.types, `${path}.types`, () => true, 'type'),
    ...listProblems(criteria.modes, `${path}.modes`, () => true, 'mode'),
  ];
}
