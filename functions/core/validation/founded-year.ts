/**
 * Rule: a founding year lies between the earliest accepted year and this year.
 */
import { INPUT_LIMITS } from '../input-limits.js';
import type { FieldProblem } from './field-problems.js';

export function foundedYearProblems(year: number | undefined, now: Date, path: string): FieldProblem[] {
  if (year === undefined) return [];
  const latest = now.getUTCFullYear();
  if (!Number.isInteger(year) || year < INPUT_LIMITS.earliestFoundedYear || year > latest) {
    return [{ path, message: `must be a year from ${INPUT_LIMITS.earliestFoundedYear} to ${latest}` }];
  }
  return [];
}
