/**
 * The match mutations, step by step: validate (nothing is written when
 * anything is wrong), load the record, let the state machine decide
 * (core/match/match-state.ts), and write conditionally on the version read.
 * expressInterest re-reads and decides again when a concurrent request got
 * there first, so racing duplicates converge on one record.
 */
import { mayReadOrganization } from '../core/access/organization-rules.js';
import type { Principal } from '../core/access/principal.js';
import type { Collaboration } from '../core/collaboration.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../core/errors.js';
import { matchIdentity, matchIdOf } from '../core/match/match-identity.js';
import { partyRoleOf, type MatchFitFunction, type MatchRecord } from '../core/match/match-record.js';
import { applyMatchCommand, newPendingMatch, type MatchCaller, type MatchCommand } from '../core/match/match-state.js';
import { expressInterestProblems, outcomeProblems, postingProblems, respondProblems, senderProblems } from '../core/match/match-validation.js';
import type { Organization } from '../core/organization.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import type { GraphQLContext } from './context.js';
import type { ExpressInterestInput, RecordOutcomeInput, RespondToInterestInput, WithdrawInterestInput } from './generated/resolvers-types.js';

/** Read-decide-write rounds expressInterest makes before giving up with CONFLICT (each lost round means another request changed the record). */
const EXPRESS_ATTEMPTS = 4;

async function organizationFor(context: GraphQLContext, id: string): Promise<Organization> {
  const org = await context.store.organizations.get(id);
  // A suspended organization reads as absent to everyone but its members and administrators.
  if (!org || !mayReadOrganization(context.principal, org)) throw new NotFoundError('Organization', id);
  return org;
}

async function postingFor(context: GraphQLContext, id: string): Promise<Collaboration> {
  const posting = await context.store.collaborations.get(id);
  if (!posting) throw new NotFoundError('Collaboration', id);
  return posting;
}

interface InterestParties {
  from: Organization;
  to: Organization;
  posting?: Collaboration;
}

/** Loads and checks the two organizations and the posting; throws before anything is written. */
async function interestParties(context: GraphQLContext, input: ExpressInterestInput): Promise<InterestParties> {
  throwIfAny(expressInterestProblems(input));
  const [from, to, posting] = await Promise.all([
    organizationFor(context, input.fromOrganizationId),
    organizationFor(context, input.toOrganizationId),
    input.collaborationId ? postingFor(context, input.collaborationId) : undefined,
  ]);
  throwIfAny([...senderProblems(from), ...(posting ? postingProblems(posting, [from.id, to.id], new Date()) : [])]);
  return { from, to, ...(posting ? { posting } : {}) };
}

function newInterest({ from, to, posting }: InterestParties, message: string, fit: MatchFitFunction): MatchRecord {
  const now = new Date().toISOString();
  return newPendingMatch({
    id: matchIdOf(matchIdentity(from.id, to.id, posting?.id)),
    fromOrganizationId: from.id,
    toOrganizationId: to.id,
    collaborationId: posting?.id,
    message,
    fit: fit({ from, to, ...(posting ? { collaboration: posting } : {}), now }),
    now,
  });
}

/**
 * Expresses interest: creates a PENDING match, turns the other side's PENDING
 * interest MUTUAL, or returns the existing match unchanged for a repeat.
 */
export async function expressInterest(context: GraphQLContext, input: ExpressInterestInput, fit: MatchFitFunction): Promise<MatchRecord> {
  if (context.principal.role !== 'MEMBER') throw new ForbiddenError('Only members of an organization express interest for it');
  const parties = await interestParties(context, input);
  const identity = matchIdentity(parties.from.id, parties.to.id, parties.posting?.id);
  for (let attempt = 0; attempt < EXPRESS_ATTEMPTS; attempt++) {
    const existing = await context.store.matches.getByIdentity(identity);
    if (!existing) {
      const record = newInterest(parties, input.message, fit);
      if (await context.store.matches.create(record)) return record;
      continue; // a concurrent request created it: decide again on what it wrote
    }
    // `from` is a party of every record of this identity: the sender, or the receiver answering with interest.
    const caller: MatchCaller = { actor: partyRoleOf(existing, parties.from.id) ?? 'SENDER', organizationId: parties.from.id };
    const result = applyMatchCommand(existing, { kind: 'EXPRESS_INTEREST', message: input.message }, caller, new Date().toISOString());
    if (!result.changed) return existing;
    if (await replaceUnlessChanged(context, existing, result.record)) return result.record;
  }
  throw new ConflictError('The match is being changed by other requests; try again');
}

/** false when another request changed the record since it was read. */
async function replaceUnlessChanged(context: GraphQLContext, previous: MatchRecord, next: MatchRecord): Promise<boolean> {
  try {
    await context.store.matches.replace(previous, next);
    return true;
  } catch (error) {
    if (error instanceof ConflictError) return false;
    throw error;
  }
}

/** The caller's part in a match: administrators act as ADMIN, members as their organization's party. */
export function callerIn(principal: Principal, record: MatchRecord): MatchCaller {
  if (principal.role === 'ADMIN') return { actor: 'ADMIN' };
  const organizationId = principal.role === 'MEMBER' ? principal.organizationId : undefined;
  const role = partyRoleOf(record, organizationId);
  if (!role) throw new ForbiddenError('Only the two organizations of a match may act on it');
  return { actor: role, organizationId };
}

/** Loads, applies one command with the state machine and writes it; the loser of a race gets CONFLICT. */
async function transition(context: GraphQLContext, matchId: string, command: MatchCommand): Promise<MatchRecord> {
  const record = await context.store.matches.get(matchId);
  if (!record) throw new NotFoundError('Match', matchId);
  const result = applyMatchCommand(record, command, callerIn(context.principal, record), new Date().toISOString());
  if (!result.changed) return record;
  await context.store.matches.replace(record, result.record);
  return result.record;
}

export async function respondToInterest(context: GraphQLContext, input: RespondToInterestInput): Promise<MatchRecord> {
  throwIfAny(respondProblems(input));
  const message = input.message?.trim() ? input.message : undefined;
  const command: MatchCommand =
    input.response === 'ACCEPT'
      ? { kind: 'ACCEPT', ...(message ? { message } : {}) }
      : // respondProblems guarantees the reason when declining.
        { kind: 'DECLINE', reason: input.declineReason ?? 'OTHER', ...(message ? { message } : {}) };
  return transition(context, input.matchId, command);
}

export function withdrawInterest(context: GraphQLContext, input: WithdrawInterestInput): Promise<MatchRecord> {
  return transition(context, input.matchId, { kind: 'WITHDRAW' });
}

export async function recordOutcome(context: GraphQLContext, input: RecordOutcomeInput): Promise<MatchRecord> {
  throwIfAny(outcomeProblems(input));
  return transition(context, input.matchId, {
    kind: 'RECORD_OUTCOME',
    outcome: input.outcome,
    ...(input.agreementType ? { agreementType: input.agreementType } : {}),
  });
}
