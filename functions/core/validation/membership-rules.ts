/**
 * Rules for membership inputs beyond GraphQL types: invitation emails, join
 * messages and verification notes are bounded, and a role is one of the two.
 */
import { MEMBER_ROLES, type MemberRole } from '../access/membership.js';
import { emailProblems } from './contact-details.js';
import { blankProblems, tooLongProblems, type FieldProblem } from './field-problems.js';

/** Free texts of onboarding: a join request's message, an administrator's note. */
export const MEMBERSHIP_TEXT_LIMITS = { joinMessageLength: 1000, verificationNoteLength: 1000 } as const;

export function invitationProblems(input: { email: string; role: string }, path = 'input'): FieldProblem[] {
  return [...emailProblems(input.email.trim(), `${path}.email`), ...roleProblems(input.role, `${path}.role`)];
}

export function roleProblems(role: string, path: string): FieldProblem[] {
  return MEMBER_ROLES.includes(role as MemberRole) ? [] : [{ path, message: `must be one of ${MEMBER_ROLES.join(', ')}` }];
}

export function joinMessageProblems(message: string, path = 'message'): FieldProblem[] {
  return [...blankProblems(message, path), ...tooLongProblems(message, MEMBERSHIP_TEXT_LIMITS.joinMessageLength, path)];
}

export function verificationNoteProblems(note: string | undefined, path = 'input.note'): FieldProblem[] {
  return tooLongProblems(note, MEMBERSHIP_TEXT_LIMITS.verificationNoteLength, path);
}
