import { describe, expect, it } from 'vitest';
import { applyMatchCommand, newPendingMatch, type MatchCaller, type MatchCommand } from '../../../functions/core/match/match-state.js';
import { ConflictError, ForbiddenError } from '../../../functions/core/errors.js';
import type { MatchActor, MatchOutcome, MatchStatus } from '../../../functions/core/match/match-record.js';
import { aFitSnapshot, aMatchRecord } from '../../support/match-factory.js';

const NOW = '2026-02-01T10:00:00.000Z';

const CALLERS: Record<MatchActor, MatchCaller> = {
  SENDER: { actor: 'SENDER', organizationId: 'org-a' },
  RECEIVER: { actor: 'RECEIVER', organizationId: 'org-b' },
  ADMIN: { actor: 'ADMIN' },
};

const COMMANDS: Record<MatchCommand['kind'], MatchCommand> = {
  EXPRESS_INTEREST: { kind: 'EXPRESS_INTEREST', message: 'We are interested too' },
  ACCEPT: { kind: 'ACCEPT', message: 'Happy to talk' },
  DECLINE: { kind: 'DECLINE', reason: 'NO_CAPACITY', message: 'Fully booked this year' },
  WITHDRAW: { kind: 'WITHDRAW' },
  RECORD_OUTCOME: { kind: 'RECORD_OUTCOME', outcome: 'MEETING_HELD' },
};

/** What happens: the new status, UNCHANGED (idempotent repeat), or the error code. Written out by hand, not derived from the rules. */
type Expected = MatchStatus | 'UNCHANGED' | 'CONFLICT' | 'FORBIDDEN';
const C = 'CONFLICT' as const;
const F = 'FORBIDDEN' as const;

//                                         SENDER       RECEIVER     ADMIN
const EXPECTED: Record<MatchStatus, Record<MatchCommand['kind'], [Expected, Expected, Expected]>> = {
  PENDING: {
    EXPRESS_INTEREST: ['UNCHANGED', 'MUTUAL', F],
    ACCEPT: [F, 'MUTUAL', F],
    DECLINE: [F, 'DECLINED', F],
    WITHDRAW: ['WITHDRAWN', F, F],
    RECORD_OUTCOME: [C, C, C],
  },
  MUTUAL: {
    EXPRESS_INTEREST: ['UNCHANGED', 'UNCHANGED', F],
    ACCEPT: [C, C, C],
    DECLINE: [C, C, C],
    WITHDRAW: [C, C, C],
    RECORD_OUTCOME: ['MUTUAL', 'MUTUAL', 'MUTUAL'],
  },
  DECLINED: {
    EXPRESS_INTEREST: [C, C, C],
    ACCEPT: [C, C, C],
    DECLINE: [C, C, C],
    WITHDRAW: [C, C, C],
    RECORD_OUTCOME: [C, C, C],
  },
  WITHDRAWN: {
    EXPRESS_INTEREST: [C, C, C],
    ACCEPT: [C, C, C],
    DECLINE: [C, C, C],
    WITHDRAW: [C, C, C],
    RECORD_OUTCOME: [C, C, C],
  },
};

const ACTORS: MatchActor[] = ['SENDER', 'RECEIVER', 'ADMIN'];
const CASES = Object.entries(EXPECTED).flatMap(([status, byCommand]) =>
  Object.entries(byCommand).flatMap(([command, outcomes]) =>
    ACTORS.map((actor, i) => ({
      status: status as MatchStatus,
      command: command as MatchCommand['kind'],
      actor,
      expected: outcomes[i] as Expected,
    })),
  ),
);

function outcomeOf(status: MatchStatus, command: MatchCommand['kind'], actor: MatchActor): Expected {
  const record = aMatchRecord({ status, version: 3 });
  try {
    const result = applyMatchCommand(record, COMMANDS[command], CALLERS[actor], NOW);
    return result.changed ? result.record.status : 'UNCHANGED';
  } catch (error) {
    if (error instanceof ConflictError) return 'CONFLICT';
    if (error instanceof ForbiddenError) return 'FORBIDDEN';
    throw error;
  }
}

describe('the match state machine', () => {
  it.each(CASES)('$status + $command by $actor → $expected', ({ status, command, actor, expected }) => {
    expect(outcomeOf(status, command, actor)).toBe(expected);
  });

  it('increments the version and stamps the time on every change', () => {
    const { record } = applyMatchCommand(aMatchRecord({ version: 4 }), COMMANDS.ACCEPT, CALLERS.RECEIVER, NOW);
    expect(record).toMatchObject({ status: 'MUTUAL', version: 5, updatedAt: NOW, respondedAt: NOW });
  });

  it('returns the very same record for an idempotent repeat, so nothing is written', () => {
    const pending = aMatchRecord();
    const result = applyMatchCommand(pending, COMMANDS.EXPRESS_INTEREST, CALLERS.SENDER, NOW);
    expect(result).toEqual({ changed: false, record: pending });
  });

  it('keeps the receiver’s interest note as an acceptance when interest is mutual', () => {
    const { record } = applyMatchCommand(aMatchRecord(), COMMANDS.EXPRESS_INTEREST, CALLERS.RECEIVER, NOW);
    expect(record.messages.map((m) => [m.kind, m.fromOrganizationId])).toEqual([
      ['INTEREST', 'org-a'],
      ['ACCEPTANCE', 'org-b'],
    ]);
  });

  it('records the decline reason and the receiver’s note', () => {
    const { record } = applyMatchCommand(aMatchRecord(), COMMANDS.DECLINE, CALLERS.RECEIVER, NOW);
    expect(record.declineReason).toBe('NO_CAPACITY');
    expect(record.messages.at(-1)).toEqual({ kind: 'DECLINE', fromOrganizationId: 'org-b', text: 'Fully booked this year', sentAt: NOW });
  });

  it('adds no message for an acceptance without a note', () => {
    const { record } = applyMatchCommand(aMatchRecord(), { kind: 'ACCEPT' }, CALLERS.RECEIVER, NOW);
    expect(record.messages).toHaveLength(1);
  });

  it('tells the sender that only the receiver may respond', () => {
    expect(() => applyMatchCommand(aMatchRecord(), COMMANDS.DECLINE, CALLERS.SENDER, NOW)).toThrow(/Only the receiver/);
  });
});

describe('recording outcomes of a mutual match', () => {
  //                  previous outcome        → next outcome           → allowed
  const OUTCOME_CASES: [MatchOutcome | undefined, MatchOutcome, boolean][] = [
    [undefined, 'MEETING_HELD', true],
    [undefined, 'AGREEMENT_SIGNED', true],
    [undefined, 'NO_DEAL', true],
    ['MEETING_HELD', 'MEETING_HELD', false],
    ['MEETING_HELD', 'AGREEMENT_SIGNED', true],
    ['MEETING_HELD', 'NO_DEAL', true],
    ['AGREEMENT_SIGNED', 'MEETING_HELD', false],
    ['AGREEMENT_SIGNED', 'AGREEMENT_SIGNED', false],
    ['AGREEMENT_SIGNED', 'NO_DEAL', false],
    ['NO_DEAL', 'MEETING_HELD', false],
    ['NO_DEAL', 'AGREEMENT_SIGNED', false],
    ['NO_DEAL', 'NO_DEAL', false],
  ];

  it.each(OUTCOME_CASES)('%s → %s allowed: %s', (previous, next, allowed) => {
    const record = aMatchRecord({ status: 'MUTUAL', ...(previous ? { outcome: previous } : {}) });
    const apply = () =>
      applyMatchCommand(
        record,
        { kind: 'RECORD_OUTCOME', outcome: next, ...(next === 'AGREEMENT_SIGNED' ? { agreementType: 'LICENSING' as const } : {}) },
        CALLERS.RECEIVER,
        NOW,
      );
    if (allowed) expect(apply().record).toMatchObject({ status: 'MUTUAL', outcome: next, outcomeRecordedAt: NOW });
    else expect(apply).toThrow(ConflictError);
  });

  it('keeps the agreement type with a signed agreement', () => {
    const { record } = applyMatchCommand(
      aMatchRecord({ status: 'MUTUAL', outcome: 'MEETING_HELD' }),
      { kind: 'RECORD_OUTCOME', outcome: 'AGREEMENT_SIGNED', agreementType: 'JOINT_VENTURE' },
      CALLERS.SENDER,
      NOW,
    );
    expect(record).toMatchObject({ outcome: 'AGREEMENT_SIGNED', agreementType: 'JOINT_VENTURE' });
  });
});

describe('a new expression of interest', () => {
  it('starts PENDING at version 1 with the sender’s note as the first message', () => {
    const record = newPendingMatch({
      id: 'm1',
      fromOrganizationId: 'org-a',
      toOrganizationId: 'org-b',
      message: 'Hello',
      fit: aFitSnapshot(),
      now: NOW,
    });
    expect(record).toMatchObject({ status: 'PENDING', version: 1, createdAt: NOW, updatedAt: NOW });
    expect(record.messages).toEqual([{ kind: 'INTEREST', fromOrganizationId: 'org-a', text: 'Hello', sentAt: NOW }]);
    expect(record).not.toHaveProperty('collaborationId');
  });
});
