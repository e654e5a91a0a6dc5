/**
 * Rule: segment ids name segments of the industry-chain model, appear once,
 * and stay within the documented count.
 */
import type { ChainCatalog } from '../industry-chain/chain-catalog.js';
import { duplicateProblems, tooManyProblems, type FieldProblem } from './field-problems.js';

/**
 * @param path the list's path, e.g. `input.offers`
 * @param elementPath the path of element i, e.g. `input.offers[2].segmentId`
 */
export function segmentListProblems(
  segmentIds: readonly string[],
  catalog: ChainCatalog,
  options: { path: string; max: number; minimum?: number; elementPath?: (index: number) => string },
): FieldProblem[] {
  const elementPath = options.elementPath ?? ((i: number) => `${options.path}[${i}]`);
  if (segmentIds.length < (options.minimum ?? 0)) {
    return [{ path: options.path, message: `needs at least ${options.minimum} segment` }];
  }
  const unknown = segmentIds.flatMap((id, i) =>
    catalog.hasSegment(id) ? [] : [{ path: elementPath(i), message: `unknown segment ${id}` }],
  );
  return [
    ...tooManyProblems(segmentIds, options.max, options.path),
    ...unknown,
    ...duplicateProblems(segmentIds, options.path, elementPath),
  ];
}
