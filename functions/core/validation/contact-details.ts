/**
 * Rule: contact details name a person, carry a plausible email address and,
 * if given, a phone number of digits and the usual separators.
 */
import type { ContactDetails } from '../organization.js';
import { INPUT_LIMITS } from '../input-limits.js';
import { blankProblems, tooLongProblems, type FieldProblem } from './field-problems.js';

/** One @, no spaces, a dot in the domain: deliberately loose; the mailbox is the real test. */
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** International format: optional +, digits, spaces, dashes, parentheses. */
const PHONE = /^\+?[0-9][0-9 ()-]{5,}$/;

export function emailProblems(email: string, path: string): FieldProblem[] {
  const tooLong = tooLongProblems(email, INPUT_LIMITS.emailLength, path);
  if (tooLong.length > 0) return tooLong;
  return EMAIL.test(email) ? [] : [{ path, message: 'is not an email address' }];
}

export function phoneProblems(phone: string | undefined, path: string): FieldProblem[] {
  if (phone === undefined) return [];
  const tooLong = tooLongProblems(phone, INPUT_LIMITS.phoneLength, path);
  if (tooLong.length > 0) return tooLong;
  return PHONE.test(phone) ? [] : [{ path, message: 'is not a phone number' }];
}

export function contactProblems(contact: ContactDetails, path: string): FieldProblem[] {
  return [
    ...blankProblems(contact.person, `${path}.person`),
    ...tooLongProblems(contact.person, INPUT_LIMITS.shortTextLength, `${path}.person`),
    ...emailProblems(contact.email, `${path}.email`),
    ...phoneProblems(contact.phone, `${path}.phone`),
  ];
}
