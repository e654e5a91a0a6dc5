/**
 * Maps the match mutations' inputs to the match use cases' plain inputs:
 * absent optional fields (undefined or null) are left out. Shape only: the
 * rules live in core/match/match-validation.ts.
 */
import type { InterestAnswer, InterestExpression, OutcomeReport } from '../../app/matches.js';
import type { ExpressInterestInput, RecordOutcomeInput, RespondToInterestInput } from '../generated/resolvers-types.js';
import { definedOnly } from './input-values.js';

/** expressInterest's input as an interest expression. */
export function interestExpressionOf(input: ExpressInterestInput): InterestExpression {
  const { fromOrganizationId, toOrganizationId, message } = input;
  return { fromOrganizationId, toOrganizationId, message, ...definedOnly({ collaborationId: input.collaborationId }) };
}

/** respondToInterest's input as an answer. */
export function interestAnswerOf(input: RespondToInterestInput): InterestAnswer {
  return {
    matchId: input.matchId,
    response: input.response,
    ...definedOnly({ message: input.message, declineReason: input.declineReason }),
  };
}

/** recordOutcome's input as an outcome report. */
export function outcomeReportOf(input: RecordOutcomeInput): OutcomeReport {
  return { matchId: input.matchId, outcome: input.outcome, ...definedOnly({ agreementType: input.agreementType }) };
}
