/**
 * Ids in the filters of the organization and collaboration lists must name
 * something in the industry-chain model, as in partner search: an unknown
 * segment, chain or park is BAD_USER_INPUT with the filter field's path,
 * never a silently empty list (the caller would take it for "no match").
 */
import type { FieldProblem } from '../errors.js';

/** The model questions a list filter asks. */
export interface ModelIds {
  hasSegment(id: string): boolean;
  hasChain(id: string): boolean;
  hasPark(id: string): boolean;
}

export interface ModelIdFilter {
  segment?: string | undefined;
  chain?: string | undefined;
  park?: string | undefined;
}

export function listFilterProblems(filter: ModelIdFilter, ids: ModelIds, path = 'filter'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (filter.segment !== undefined && !ids.hasSegment(filter.segment))
    problems.push({ path: `${path}.segment`, message: `unknown segment ${filter.segment}` });
  if (filter.chain !== undefined && !ids.hasChain(filter.chain))
    problems.push({ path: `${path}.chain`, message: `unknown chain ${filter.chain}` });
  if (filter.park !== undefined && !ids.hasPark(filter.park))
    problems.push({ path: `${path}.park`, message: `unknown park ${filter.park}` });
  return problems;
}
