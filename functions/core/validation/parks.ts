/**
 * Rule: preferred zone parks are parks of the industry-chain model, each once,
 * within the documented count.
 */
import type { ChainCatalog } from '../industry-chain/chain-catalog.js';
import { INPUT_LIMITS } from '../input-limits.js';
import { duplicateProblems, tooManyProblems, type FieldProblem } from './field-problems.js';

export function parkListProblems(parkIds: readonly string[], catalog: ChainCatalog, path: string): FieldProblem[] {
  const unknown = parkIds.flatMap((id, i) => (catalog.hasPark(id) ? [] : [{ path: `${path}[${i}]`, message: `unknown zone park ${id}` }]));
  return [...tooManyProblems(parkIds, INPUT_LIMITS.preferredParks, path), ...unknown, ...duplicateProblems(parkIds, path)];
}
