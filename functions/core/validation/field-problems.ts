/**
 * Helpers shared by the validation rules: a rule returns the problems it finds
 * (an empty list when the input is fine), and a command throws them together
 * as one BadUserInputError, so the client sees every offending field at once.
 */
import { BadUserInputError, type FieldProblem } from '../errors.js';

export type { FieldProblem };

/** Throws every problem found as one BAD_USER_INPUT error; does nothing when there are none. */
export function throwIfAny(problems: FieldProblem[]): void {
  if (problems.length > 0) throw new BadUserInputError(problems);
}

/** A problem when `text` is longer than `max` characters (code points, so CJK counts one per character). */
export function tooLongProblems(text: string | undefined, max: number, path: string): FieldProblem[] {
  if (text === undefined) return [];
  return Array.from(text).length > max ? [{ path, message: `must be at most ${max} characters` }] : [];
}

/** A problem when a text is present but blank. */
export function blankProblems(text: string | undefined, path: string): FieldProblem[] {
  if (text === undefined) return [];
  return text.trim() === '' ? [{ path, message: 'must not be empty' }] : [];
}

/** A problem for each repeated value of a list. */
export function duplicateProblems(
  values: readonly string[],
  path: string,
  describe: (index: number) => string = (i) => `${path}[${i}]`,
): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  values.forEach((value, index) => {
    if (seen.has(value)) problems.push({ path: describe(index), message: `repeats ${value}` });
    seen.add(value);
  });
  return problems;
}

/** A problem when a list is longer than `max`. */
export function tooManyProblems(values: readonly unknown[], max: number, path: string): FieldProblem[] {
  return values.length > max ? [{ path, message: `must have at most ${max} entries` }] : [];
}
