/**
 * Rule: a localized text (names, titles, descriptions) has at least one
 * language, no blank language, and no language over the length limit.
 */
import { LOCALES, type LocalizedText } from '../vocabulary.js';
import { blankProblems, tooLongProblems, type FieldProblem } from './field-problems.js';

export function localizedTextProblems(text: LocalizedText, path: string, maxLength: number): FieldProblem[] {
  const present = LOCALES.filter((locale) => text[locale] !== undefined);
  if (present.length === 0) return [{ path, message: 'needs at least one of en, zh, ko' }];
  return present.flatMap((locale) => [
    ...blankProblems(text[locale], `${path}.${locale}`),
    ...tooLongProblems(text[locale], maxLength, `${path}.${locale}`),
  ]);
}
