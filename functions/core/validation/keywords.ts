/**
 * Rule: free keywords are short, non-blank, unique and few.
 */
import { INPUT_LIMITS } from '../input-limits.js';
import { blankProblems, duplicateProblems, tooLongProblems, tooManyProblems, type FieldProblem } from './field-problems.js';

export function keywordProblems(keywords: readonly string[], path: string): FieldProblem[] {
  return [
    ...tooManyProblems(keywords, INPUT_LIMITS.keywords, path),
    ...keywords.flatMap((keyword, i) => [
      ...blankProblems(keyword, `${path}[${i}]`),
      ...tooLongProblems(keyword, INPUT_LIMITS.shortTextLength, `${path}[${i}]`),
    ]),
    ...duplicateProblems(
      keywords.map((k) => k.trim().toLowerCase()),
      path,
    ),
  ];
}
