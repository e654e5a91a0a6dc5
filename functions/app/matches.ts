/**
 * The match use cases, step by step: validate (nothing is written when
 * anything is wrong), load the record, let the state machine decide
 * (core/match/match-state.ts), and write conditionally on the version read.
 * expressInterest re-reads and decides again when a concurrent request got
 * there first, so racing duplicates converge on one record.
 */
import { mayReadOrganization } from '../core/access/organization-rules.js';
import { callerPartyIn } from '../core/access/match-rules.js';
import type { Principal } from '../core/access/principal.js';
import type { Collaboration } from '../core/collaboration.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../core/errors.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import { matchFitOn } from '../core/match/match-fit.js';
import { matchIdentity, matchIdOf } from '../core/match/match-identity.js';
import {
  partyRoleOf,
  type AgreementType,
  type DeclineReason,
  type InterestResponse,
  type MatchOutcome,
  type MatchRecord,
} from '../core/match/match-record.js';
import { applyMatchCommand, newPendingMatch, type MatchCaller, type MatchCommand } from '../core/match/match-state.js';
import {
  expressInterestProblems,
  outcomeProblems,
  respondProblems,
  senderProblems,
  startingCollaborationProblems,
} from '../core/match/match-validation.js';
import type { Organization } from '../core/organization.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import { collaborationTakesInterest, GuardFailedError, organizationNotSuspended, type WriteGuard } from '../store/write-guards.js';
import type { AppRequest } from './app-request.js';

/** Read-decide-write rounds expressInterest makes before giving up with CONFLICT (each lost round means another request changed the record). */
const EXPRESS_ATTEMPTS = 4;

/** The fit snapshot of new matches: the fit model over the zone's industry-chain model. */
const zoneMatchFit = matchFitOn(zoneIndustryChainModel.chainGraph);

/** One organization's interest in another, optionally about a collaboration of either. */
export interface InterestExpression {
  fromOrganizationId: string;
  toOrganizationId: string;
  collaborationId?: string;
  message: string;
}

/** The receiver's answer to an interest; a decline names its reason. */
export interface InterestAnswer {
  matchId: string;
  response: InterestResponse;
  message?: string;
  declineReason?: DeclineReason;
}

/** What came of a mutual match; an agreement names its type. */
export interface OutcomeReport {
  matchId: string;
  outcome: MatchOutcome;
  agreementType?: AgreementType;
}

async function organizationFor(request: AppRequest, id: string): Promise<Organization> {
  const org = await request.store.organizations.get(id);
  // A suspended organization reads as absent to everyone but its members and administrators.
  if (!org || !mayReadOrganization(request.principal, org)) throw new NotFoundError('Organization', id);
  return org;
}

async function collaborationFor(request: AppRequest, id: string): Promise<Collaboration> {
  const collaboration = await request.store.collaborations.get(id);
  if (!collaboration) throw new NotFoundError('Collaboration', id);
  return collaboration;
}

interface InterestParties {
  from: Organization;
  to: Organization;
  collaboration?: Collaboration;
}

/** Loads and checks the two organizations and the collaboration; throws before anything is written. */
async function interestParties(request: AppRequest, expression: InterestExpression): Promise<InterestParties> {
  throwIfAny(expressInterestProblems(expression));
  const [from, to, collaboration] = await Promise.all([
    organizationFor(request, expression.fromOrganizationId),
    organizationFor(request, expression.toOrganizationId),
    expression.collaborationId ? collaborationFor(request, expression.collaborationId) : undefined,
  ]);
  throwIfAny([
    ...senderProblems(from),
    ...(collaboration ? startingCollaborationProblems(collaboration, [from.id, to.id], request.now) : []),
  ]);
  return { from, to, ...(collaboration ? { collaboration } : {}) };
}

function newInterest({ from, to, collaboration }: InterestParties, message: string, now: string): MatchRecord {
  return newPendingMatch({
    id: matchIdOf(matchIdentity(from.id, to.id, collaboration?.id)),
    fromOrganizationId: from.id,
    toOrganizationId: to.id,
    ...(collaboration ? { collaborationId: collaboration.id } : {}),
    message,
    fit: zoneMatchFit({ from, to, ...(collaboration ? { collaboration } : {}), now }),
    now,
  });
}

/**
 * What interestParties read, checked again by DynamoDB inside the match's write:
 * neither organization suspended, the collaboration still open for interest.
 */
function interestGuards({ from, to, collaboration }: InterestParties, now: Date): WriteGuard[] {
  return [
    organizationNotSuspended(from.id),
    organizationNotSuspended(to.id),
    ...(collaboration ? [collaborationTakesInterest(collaboration.id, now)] : []),
  ];
}

/**
 * Expresses interest: creates a PENDING match, turns the other side's PENDING
 * interest MUTUAL, or returns the existing match unchanged for a repeat.
 */
export async function expressInterest(request: AppRequest, expression: InterestExpression): Promise<MatchRecord> {
  if (request.principal.role !== 'MEMBER') throw new ForbiddenError('Only members of an organization express interest for it');
  const parties = await interestParties(request, expression);
  const guards = interestGuards(parties, request.now);
  for (let attempt = 0; attempt < EXPRESS_ATTEMPTS; attempt++) {
    try {
      const written = await expressOnce(request, parties, expression.message, guards);
      if (written) return written;
    } catch (error) {
      if (!(error instanceof GuardFailedError)) throw error;
      // A party was suspended or the collaboration closed since the read: reading again answers as a read would have.
      await interestParties(request, expression);
    }
  }
  throw new ConflictError('The match is being changed by other requests; try again');
}

/** One read-decide-write round of expressInterest; undefined when another request changed the record first. */
async function expressOnce(
  request: AppRequest,
  parties: InterestParties,
  message: string,
  guards: WriteGuard[],
): Promise<MatchRecord | undefined> {
  const now = request.now.toISOString();
  const existing = await request.store.matches.getByIdentity(matchIdentity(parties.from.id, parties.to.id, parties.collaboration?.id));
  if (!existing) {
    const record = newInterest(parties, message, now);
    // false: a concurrent request created it; the next round decides again on what it wrote.
    return (await request.store.matches.create(record, guards)) ? record : undefined;
  }
  // `from` is a party of every record of this identity: the sender, or the receiver answering with interest.
  const caller: MatchCaller = { actor: partyRoleOf(existing, parties.from.id) ?? 'SENDER', organizationId: parties.from.id };
  const result = applyMatchCommand(existing, { kind: 'EXPRESS_INTEREST', message }, caller, now);
  if (!result.changed) return existing;
  return (await replaceUnlessChanged(request, existing, result.record, guards)) ? result.record : undefined;
}

/** false when another request changed the record since it was read. */
async function replaceUnlessChanged(request: AppRequest, previous: MatchRecord, next: MatchRecord, guards: WriteGuard[]): Promise<boolean> {
  try {
    await request.store.matches.replace(previous, next, guards);
    return true;
  } catch (error) {
    if (error instanceof ConflictError && !(error instanceof GuardFailedError)) return false;
    throw error;
  }
}

/** The caller's part in a match: administrators act as ADMIN, members as their organization's party. */
export function callerIn(principal: Principal, record: MatchRecord): MatchCaller {
  if (principal.role === 'ADMIN') return { actor: 'ADMIN' };
  const organizationId = callerPartyIn(principal, record);
  const role = partyRoleOf(record, organizationId);
  // partyRoleOf finds no role without an organization; the second test tells the compiler so.
  if (!role || !organizationId)
    throw new ForbiddenError(
      'Only members of the two organizations of a match may act on it; ask an owner of one of them for an invitation',
    );
  return { actor: role, organizationId };
}

/** Loads, applies one command with the state machine and writes it; the loser of a race gets CONFLICT. */
async function transition(request: AppRequest, matchId: string, command: MatchCommand): Promise<MatchRecord> {
  const record = await request.store.matches.get(matchId);
  if (!record) throw new NotFoundError('Match', matchId);
  const result = applyMatchCommand(record, command, callerIn(request.principal, record), request.now.toISOString());
  if (!result.changed) return record;
  await request.store.matches.replace(record, result.record);
  return result.record;
}

/** Accepts (the match turns MUTUAL) or declines an interest. */
export async function respondToInterest(request: AppRequest, answer: InterestAnswer): Promise<MatchRecord> {
  throwIfAny(respondProblems(answer));
  const message = answer.message?.trim() ? answer.message : undefined;
  const command: MatchCommand =
    answer.response === 'ACCEPT'
      ? { kind: 'ACCEPT', ...(message ? { message } : {}) }
      : // respondProblems guarantees the reason when declining.
        { kind: 'DECLINE', reason: answer.declineReason ?? 'OTHER', ...(message ? { message } : {}) };
  return transition(request, answer.matchId, command);
}

/** The sender takes back a pending interest. */
export function withdrawInterest(request: AppRequest, matchId: string): Promise<MatchRecord> {
  return transition(request, matchId, { kind: 'WITHDRAW' });
}

/** Records what came of a mutual match. */
export async function recordOutcome(request: AppRequest, report: OutcomeReport): Promise<MatchRecord> {
  throwIfAny(outcomeProblems(report));
  return transition(request, report.matchId, {
    kind: 'RECORD_OUTCOME',
    outcome: report.outcome,
    ...(report.agreementType ? { agreementType: report.agreementType } : {}),
  });
}
