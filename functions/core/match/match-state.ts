/**
 * The match state machine, as data, and the pure function that applies one
 * command to a record. Who may act is part of each rule: only the receiver
 * responds, only the sender withdraws, either party (or a zone administrator)
 * records an outcome once the match is mutual. The store writes the result
 * conditionally on the record's version, so concurrent commands cannot both win.
 */
import { ConflictError, ForbiddenError } from '../errors.js';
import type { AgreementType, DeclineReason, MatchActor, MatchMessage, MatchOutcome, MatchRecord, MatchStatus } from './match-record.js';

export type MatchCommand =
  /** Interest expressed again for an existing record (by either party). */
  | { kind: 'EXPRESS_INTEREST'; message: string }
  | { kind: 'ACCEPT'; message?: string }
  | { kind: 'DECLINE'; reason: DeclineReason; message?: string }
  | { kind: 'WITHDRAW' }
  | { kind: 'RECORD_OUTCOME'; outcome: MatchOutcome; agreementType?: AgreementType };

export type MatchCommandKind = MatchCommand['kind'];

export interface TransitionRule {
  from: MatchStatus;
  command: MatchCommandKind;
  /** Who may issue the command in this state. */
  actors: readonly MatchActor[];
  /** The status afterwards; UNCHANGED: the command is an idempotent repeat and nothing is written. */
  to: MatchStatus | 'UNCHANGED';
}

/** Every legal transition. Anything not listed is a CONFLICT. */
export const MATCH_TRANSITIONS: readonly TransitionRule[] = [
  { from: 'PENDING', command: 'ACCEPT', actors: ['RECEIVER'], to: 'MUTUAL' },
  { from: 'PENDING', command: 'DECLINE', actors: ['RECEIVER'], to: 'DECLINED' },
  { from: 'PENDING', command: 'WITHDRAW', actors: ['SENDER'], to: 'WITHDRAWN' },
  // The receiver expressing interest back is an acceptance in all but name.
  { from: 'PENDING', command: 'EXPRESS_INTEREST', actors: ['RECEIVER'], to: 'MUTUAL' },
  { from: 'PENDING', command: 'EXPRESS_INTEREST', actors: ['SENDER'], to: 'UNCHANGED' },
  { from: 'MUTUAL', command: 'EXPRESS_INTEREST', actors: ['SENDER', 'RECEIVER'], to: 'UNCHANGED' },
  { from: 'MUTUAL', command: 'RECORD_OUTCOME', actors: ['SENDER', 'RECEIVER', 'ADMIN'], to: 'MUTUAL' },
];

/** Outcomes that may follow each recorded outcome (`NONE`: nothing recorded yet). AGREEMENT_SIGNED and NO_DEAL are final. */
export const OUTCOME_TRANSITIONS: Readonly<Record<MatchOutcome | 'NONE', readonly MatchOutcome[]>> = {
  NONE: ['MEETING_HELD', 'AGREEMENT_SIGNED', 'NO_DEAL'],
  MEETING_HELD: ['AGREEMENT_SIGNED', 'NO_DEAL'],
  AGREEMENT_SIGNED: [],
  NO_DEAL: [],
};

export type TransitionResult = { changed: true; record: MatchRecord } | { changed: false; record: MatchRecord };

/** Who issues a command, and for which organization (absent for administrators). */
export interface MatchCaller {
  actor: MatchActor;
  organizationId?: string;
}

/**
 * Applies a command to a record at `now`. Returns the next record (version + 1)
 * or the same record when the command is an idempotent repeat. Throws
 * ConflictError for a command the state does not allow and ForbiddenError for
 * a caller whose role may not issue it.
 */
export function applyMatchCommand(record: MatchRecord, command: MatchCommand, caller: MatchCaller, now: string): TransitionResult {
  const rules = MATCH_TRANSITIONS.filter((rule) => rule.from === record.status && rule.command === command.kind);
  if (rules.length === 0) {
    throw new ConflictError(`A ${record.status.toLowerCase()} match does not allow ${command.kind}`, {
      status: record.status,
      version: record.version,
    });
  }
  const rule = rules.find((candidate) => candidate.actors.includes(caller.actor));
  if (!rule)
    throw new ForbiddenError(`Only the ${describeActors(rules)} of this match may ${command.kind.toLowerCase().replace('_', ' ')}`);
  if (rule.to === 'UNCHANGED') return { changed: false, record };
  const next: MatchRecord = { ...record, status: rule.to, updatedAt: now, version: record.version + 1 };
  return { changed: true, record: withCommandEffects(next, record, command, caller, now) };
}

function withCommandEffects(
  next: MatchRecord,
  previous: MatchRecord,
  command: MatchCommand,
  caller: MatchCaller,
  now: string,
): MatchRecord {
  switch (command.kind) {
    case 'EXPRESS_INTEREST':
      return { ...next, respondedAt: now, messages: [...previous.messages, message('ACCEPTANCE', caller, command.message, now)] };
    case 'ACCEPT':
      return { ...next, respondedAt: now, messages: appendOptional(previous.messages, 'ACCEPTANCE', caller, command.message, now) };
    case 'DECLINE':
      return {
        ...next,
        respondedAt: now,
        declineReason: command.reason,
        messages: appendOptional(previous.messages, 'DECLINE', caller, command.message, now),
      };
    case 'WITHDRAW':
      return { ...next, respondedAt: now };
    case 'RECORD_OUTCOME':
      return withOutcome(next, previous, command.outcome, command.agreementType, now);
  }
}

function withOutcome(
  next: MatchRecord,
  previous: MatchRecord,
  outcome: MatchOutcome,
  agreementType: AgreementType | undefined,
  now: string,
): MatchRecord {
  const allowed = OUTCOME_TRANSITIONS[previous.outcome ?? 'NONE'];
  if (!allowed.includes(outcome)) {
    throw new ConflictError(`Outcome ${outcome} cannot follow ${previous.outcome ?? 'no outcome'}`, {
      outcome: previous.outcome ?? null,
      version: previous.version,
    });
  }
  const { agreementType: _previousAgreement, ...rest } = next;
  return { ...rest, outcome, outcomeRecordedAt: now, ...(agreementType ? { agreementType } : {}) };
}

function message(kind: MatchMessage['kind'], caller: MatchCaller, text: string, now: string): MatchMessage {
  return { kind, fromOrganizationId: caller.organizationId ?? '', text, sentAt: now };
}

function appendOptional(
  messages: MatchMessage[],
  kind: MatchMessage['kind'],
  caller: MatchCaller,
  text: string | undefined,
  now: string,
): MatchMessage[] {
  return text ? [...messages, message(kind, caller, text, now)] : messages;
}

function describeActors(rules: TransitionRule[]): string {
  const actors = [...new Set(rules.flatMap((rule) => rule.actors))];
  return actors.map((actor) => (actor === 'SENDER' ? 'sender' : actor === 'RECEIVER' ? 'receiver' : 'zone administrator')).join(' or ');
}

/** A new PENDING record: `from` expressed interest in `to` at `now`. */
export function newPendingMatch(input: {
  id: string;
  fromOrganizationId: string;
  toOrganizationId: string;
  collaborationId?: string;
  message: string;
  fit: MatchRecord['fit'];
  now: string;
}): MatchRecord {
  return {
    id: input.id,
    fromOrganizationId: input.fromOrganizationId,
    toOrganizationId: input.toOrganizationId,
    ...(input.collaborationId ? { collaborationId: input.collaborationId } : {}),
    status: 'PENDING',
    fit: input.fit,
    messages: [{ kind: 'INTEREST', fromOrganizationId: input.fromOrganizationId, text: input.message, sentAt: input.now }],
    createdAt: input.now,
    updatedAt: input.now,
    version: 1,
  };
}
