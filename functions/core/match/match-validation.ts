/**
 * Input rules of the match workflow beyond what GraphQL types enforce. Each
 * function returns the field problems it finds (empty: valid), so a mutation
 * reports every problem at once and writes nothing.
 */
import { effectiveStatus, type Collaboration } from '../collaboration.js';
import type { FieldProblem } from '../errors.js';
import { tooLongProblems } from '../validation/field-problems.js';
import type { Organization } from '../organization.js';
import { MATCH_TEXT_LIMITS, type AgreementType, type DeclineReason, type InterestResponse, type MatchOutcome } from './match-record.js';

type TextLimit = { min: number; max: number };

function textProblems(path: string, text: string | null | undefined, limit: TextLimit): FieldProblem[] {
  if (limit.min > 0 && (text ?? '').trim() === '') return [{ path, message: 'must not be empty' }];
  return tooLongProblems(text ?? undefined, limit.max, path);
}

export function expressInterestProblems(input: { fromOrganizationId: string; toOrganizationId: string; message: string }): FieldProblem[] {
  return [
    ...(input.fromOrganizationId === input.toOrganizationId
      ? [{ path: 'input.toOrganizationId', message: 'an organization cannot express interest in itself' }]
      : []),
    ...textProblems('input.message', input.message, MATCH_TEXT_LIMITS.interestMessage),
  ];
}

/**
 * The sender's own organization may not be suspended. (An unknown or suspended
 * receiver is NOT_FOUND: suspended organizations read as absent to others.)
 */
export function senderProblems(from: Pick<Organization, 'verification'>): FieldProblem[] {
  return from.verification === 'SUSPENDED'
    ? [{ path: 'input.fromOrganizationId', message: 'a suspended organization cannot express interest' }]
    : [];
}

/** A match may start from a collaboration only while it is open for interest and belongs to one of the two parties. */
export function startingCollaborationProblems(collaboration: Collaboration, partyIds: [string, string], now: Date): FieldProblem[] {
  const path = 'input.collaborationId';
  if (!partyIds.includes(collaboration.ownerOrganizationId))
    return [{ path, message: 'the collaboration must belong to one of the two organizations' }];
  if (effectiveStatus(collaboration, now) !== 'OPEN' || !collaboration.openForInterest)
    return [{ path, message: 'the collaboration is not open for interest' }];
  return [];
}

export function respondProblems(input: {
  response: InterestResponse;
  message?: string | null;
  declineReason?: DeclineReason | null;
}): FieldProblem[] {
  const problems = textProblems('input.message', input.message, MATCH_TEXT_LIMITS.responseMessage);
  if (input.response === 'DECLINE' && !input.declineReason)
    problems.push({ path: 'input.declineReason', message: 'is required when declining' });
  if (input.response === 'ACCEPT' && input.declineReason)
    problems.push({ path: 'input.declineReason', message: 'is only allowed when declining' });
  return problems;
}

/** An agreement type names what was signed: required with AGREEMENT_SIGNED, meaningless otherwise. */
export function outcomeProblems(input: { outcome: MatchOutcome; agreementType?: AgreementType | null }): FieldProblem[] {
  if (input.outcome === 'AGREEMENT_SIGNED' && !input.agreementType)
    return [{ path: 'input.agreementType', message: 'is required when an agreement was signed' }];
  if (input.outcome !== 'AGREEMENT_SIGNED' && input.agreementType)
    return [{ path: 'input.agreementType', message: 'is only allowed with AGREEMENT_SIGNED' }];
  return [];
}
