import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { aMatchRecord } from '../support/match-factory.js';
import { applyMatchCommand } from '../../functions/core/match/match-state.js';
import { matchIdentity, matchIdOf } from '../../functions/core/match/match-identity.js';
import type { MatchRecord } from '../../functions/core/match/match-record.js';
import { ConflictError } from '../../functions/core/errors.js';
import { MUTUAL_PAIR_ITEM, mutualPairKey } from '../../functions/store/items/match-items.js';

/**
 * Findings 3 and 7 of issue 19 on DynamoDB Local: "did my write win" is
 * decided by the write's own id, not by content two writers can share; and the
 * pair's MUTUAL marker keeps the pair's first mutual match.
 */
const SAME_MILLISECOND = '2026-05-01T00:00:00.000Z';
const RECEIVER = (id: string) => ({ actor: 'RECEIVER' as const, organizationId: id });

function aPending(from: string, to: string, collaborationId?: string): MatchRecord {
  return aMatchRecord({
    id: matchIdOf(matchIdentity(from, to, collaborationId)),
    fromOrganizationId: from,
    toOrganizationId: to,
    ...(collaborationId ? { collaborationId } : {}),
    status: 'PENDING',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  });
}

describe('match writes on DynamoDB Local', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable('match-write-identity');
  });

  afterAll(async () => {
    await table.drop();
  });

  /** A MUTUAL match of the pair, accepted by `to` at `at`. */
  async function aMutual(from: string, to: string, at: string, collaborationId?: string): Promise<MatchRecord> {
    const pending = aPending(from, to, collaborationId);
    await table.store.matches.create(pending);
    const mutual = applyMatchCommand(pending, { kind: 'ACCEPT' }, RECEIVER(to), at).record;
    await table.store.matches.replace(pending, mutual);
    return mutual;
  }

  it('tells the second of two outcomes recorded from the same version in the same millisecond that it lost', async () => {
    const mutual = await aMutual('outcome-a', 'outcome-b', SAME_MILLISECOND);
    const meeting = applyMatchCommand(
      mutual,
      { kind: 'RECORD_OUTCOME', outcome: 'MEETING_HELD' },
      RECEIVER('outcome-b'),
      SAME_MILLISECOND,
    ).record;
    const noDeal = applyMatchCommand(
      mutual,
      { kind: 'RECORD_OUTCOME', outcome: 'NO_DEAL' },
      RECEIVER('outcome-b'),
      SAME_MILLISECOND,
    ).record;
    expect([meeting.version, meeting.updatedAt, meeting.status]).toEqual([noDeal.version, noDeal.updatedAt, noDeal.status]);

    await table.store.matches.replace(mutual, meeting);
    await expect(table.store.matches.replace(mutual, noDeal)).rejects.toBeInstanceOf(ConflictError);
    expect((await table.store.matches.get(mutual.id))?.outcome).toBe('MEETING_HELD');
  });

  it('lets exactly one of two racing outcomes succeed', async () => {
    const mutual = await aMutual('race-outcome-a', 'race-outcome-b', SAME_MILLISECOND);
    const outcomes = (['MEETING_HELD', 'NO_DEAL'] as const).map(
      (outcome) => applyMatchCommand(mutual, { kind: 'RECORD_OUTCOME', outcome }, RECEIVER('race-outcome-b'), SAME_MILLISECOND).record,
    );
    const results = await Promise.allSettled(outcomes.map((next) => table.store.matches.replace(mutual, next)));
    const winners = results.flatMap((result, i) => (result.status === 'fulfilled' ? [outcomes[i]!.outcome] : []));
    expect(winners).toHaveLength(1);
    expect((await table.store.matches.get(mutual.id))?.outcome).toBe(winners[0]);
  });

  it('keeps the first mutual match of a pair on its MUTUAL marker when a later match turns MUTUAL', async () => {
    const first = await aMutual('marker-a', 'marker-b', '2026-02-01T00:00:00.000Z');
    await aMutual('marker-a', 'marker-b', '2026-03-01T00:00:00.000Z', 'col-later');
    const output = await table.store.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: table.tableName, Key: mutualPairKey('marker-b', 'marker-a'), ConsistentRead: true }),
    );
    expect(MUTUAL_PAIR_ITEM.parse(output.Item!)).toEqual({ firstMatchId: first.id, since: '2026-02-01T00:00:00.000Z' });
    expect(await table.store.matches.haveMutualMatches([['marker-a', 'marker-b']])).toEqual([true]);
  });
});
