import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { aMatchRecord } from '../support/match-factory.js';
import { applyMatchCommand } from '../../functions/core/match/match-state.js';
import { matchIdentity, matchIdOf } from '../../functions/core/match/match-identity.js';
import type { MatchRecord, MatchStatus } from '../../functions/core/match/match-record.js';
import { BadUserInputError, ConflictError } from '../../functions/core/errors.js';
import { MATCH_LIST_EXAMINE_LIMIT } from '../../functions/store/match-listing.js';

const NOW = '2026-05-01T00:00:00.000Z';

/** A record of `from` → `to` created at minute `minute` of a day, in the given status. */
function aMatch(from: string, to: string, minute: number, status: MatchStatus = 'PENDING', collaborationId?: string): MatchRecord {
  const createdAt = new Date(Date.UTC(2026, 0, 1, 0, minute)).toISOString();
  return aMatchRecord({
    id: matchIdOf(matchIdentity(from, to, collaborationId)),
    fromOrganizationId: from,
    toOrganizationId: to,
    ...(collaborationId ? { collaborationId } : {}),
    status,
    createdAt,
    updatedAt: createdAt,
  });
}

describe('the match repository on DynamoDB Local', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable('match-repo');
  });

  afterAll(async () => {
    await table.drop();
  });

  it('creates one record per identity however many creators race', async () => {
    const record = aMatch('race-a', 'race-b', 1);
    const results = await Promise.all(Array.from({ length: 20 }, () => table.store.matches.create(record)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await table.store.matches.get(record.id)).toEqual(record);
  });

  it('keeps a posting-less match and a posting match of the same pair apart', async () => {
    await table.store.matches.create(aMatch('pair-a', 'pair-b', 1));
    await table.store.matches.create(aMatch('pair-a', 'pair-b', 2, 'PENDING', 'post-1'));
    expect(await table.store.matches.get(matchIdOf(matchIdentity('pair-b', 'pair-a')))).not.toBeNull();
    expect((await table.store.matches.get(matchIdOf(matchIdentity('pair-b', 'pair-a', 'post-1'))))?.collaborationId).toBe('post-1');
  });

  it('lets exactly one of two transitions from the same version win', async () => {
    const pending = aMatch('two-a', 'two-b', 1);
    await table.store.matches.create(pending);
    const accept = applyMatchCommand(pending, { kind: 'ACCEPT' }, { actor: 'RECEIVER', organizationId: 'two-b' }, NOW).record;
    const decline = applyMatchCommand(
      pending,
      { kind: 'DECLINE', reason: 'OTHER' },
      { actor: 'RECEIVER', organizationId: 'two-b' },
      NOW,
    ).record;
    const results = await Promise.allSettled([table.store.matches.replace(pending, accept), table.store.matches.replace(pending, decline)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.find((r) => r.status === 'rejected');
    expect(rejected?.status === 'rejected' && rejected.reason).toBeInstanceOf(ConflictError);
    expect((await table.store.matches.get(pending.id))?.version).toBe(2);
  });

  it('marks the pair mutual when a match turns MUTUAL, and not before', async () => {
    const pending = aMatch('mut-a', 'mut-b', 1);
    await table.store.matches.create(pending);
    expect(await table.store.matches.haveMutualMatches([['mut-b', 'mut-a']])).toEqual([false]);
    const mutual = applyMatchCommand(pending, { kind: 'ACCEPT' }, { actor: 'RECEIVER', organizationId: 'mut-b' }, NOW).record;
    await table.store.matches.replace(pending, mutual);
    expect(
      await table.store.matches.haveMutualMatches([
        ['mut-b', 'mut-a'],
        ['mut-a', 'someone-else'],
        ['mut-a', 'mut-b'],
      ]),
    ).toEqual([true, false, true]);
  });

  it('refuses a cursor issued for another list, or tampered with', async () => {
    const page = await table.store.matches.list({ organizationId: 'race-a', direction: 'ANY', first: 1 });
    const cursor = page.edges[0]?.cursor ?? '';
    await expect(table.store.matches.list({ organizationId: 'race-a', direction: 'SENT', first: 1, after: cursor })).rejects.toThrow(
      BadUserInputError,
    );
    await expect(table.store.matches.list({ organizationId: 'race-a', direction: 'ANY', first: 1, after: `x${cursor}` })).rejects.toThrow(
      BadUserInputError,
    );
  });

  it('returns null for a match id it did not issue', async () => {
    expect(await table.store.matches.get('not-a-match-id')).toBeNull();
  });

  describe("listing an organization's matches", () => {
    // hub sent to s0..s4 (minutes 0..4) and received from r0..r4 (minutes 10..14); r1 and s3 are DECLINED.
    beforeAll(async () => {
      for (let i = 0; i < 5; i++) {
        await table.store.matches.create(aMatch('hub', `s${i}`, i, i === 3 ? 'DECLINED' : 'PENDING'));
        await table.store.matches.create(aMatch(`r${i}`, 'hub', 10 + i, i === 1 ? 'DECLINED' : 'MUTUAL'));
      }
    });

    const counterparts = (page: { edges: { node: MatchRecord }[] }) =>
      page.edges.map(({ node }) => (node.fromOrganizationId === 'hub' ? node.toOrganizationId : node.fromOrganizationId));

    it('lists sent and received together, newest first', async () => {
      const page = await table.store.matches.list({ organizationId: 'hub', direction: 'ANY', first: 20 });
      expect(counterparts(page)).toEqual(['r4', 'r3', 'r2', 'r1', 'r0', 's4', 's3', 's2', 's1', 's0']);
      expect(page.hasNextPage).toBe(false);
    });

    it('lists one direction from its own index', async () => {
      expect(counterparts(await table.store.matches.list({ organizationId: 'hub', direction: 'SENT', first: 20 }))).toEqual([
        's4',
        's3',
        's2',
        's1',
        's0',
      ]);
      expect(counterparts(await table.store.matches.list({ organizationId: 'hub', direction: 'RECEIVED', first: 20 }))).toEqual([
        'r4',
        'r3',
        'r2',
        'r1',
        'r0',
      ]);
    });

    it('filters by status', async () => {
      expect(
        counterparts(await table.store.matches.list({ organizationId: 'hub', direction: 'ANY', status: 'DECLINED', first: 20 })),
      ).toEqual(['r1', 's3']);
    });

    it('pages through the merged list without gaps or repeats', async () => {
      const seen: string[] = [];
      let after: string | undefined;
      for (let pageCount = 0; pageCount < 10; pageCount++) {
        const page = await table.store.matches.list({ organizationId: 'hub', direction: 'ANY', first: 3, after });
        seen.push(...counterparts(page));
        if (!page.hasNextPage) break;
        after = page.endCursor ?? undefined;
      }
      expect(seen).toEqual(['r4', 'r3', 'r2', 'r1', 'r0', 's4', 's3', 's2', 's1', 's0']);
    });

    it('names the organizations a partner search must leave out', async () => {
      expect([...(await table.store.matches.declinedPartnersOf('hub'))].sort()).toEqual(['r1', 's3']);
      expect([...(await table.store.matches.declinedPartnersOf('r1'))]).toEqual(['hub']);
    });
  });

  it('stops a sparse filtered page at the examine limit and resumes where it stopped', async () => {
    const total = MATCH_LIST_EXAMINE_LIMIT + 50;
    const records = Array.from({ length: total }, (_, i) =>
      aMatch('busy', `p${String(i).padStart(4, '0')}`, i, i === 0 ? 'DECLINED' : 'PENDING'),
    );
    for (let i = 0; i < records.length; i += 25) await Promise.all(records.slice(i, i + 25).map((r) => table.store.matches.create(r)));
    const first = await table.store.matches.list({ organizationId: 'busy', direction: 'SENT', status: 'DECLINED', first: 5 });
    expect(first.edges).toHaveLength(0);
    expect(first.hasNextPage).toBe(true);
    const second = await table.store.matches.list({
      organizationId: 'busy',
      direction: 'SENT',
      status: 'DECLINED',
      first: 5,
      after: first.endCursor,
    });
    expect(second.edges.map((e) => e.node.toOrganizationId)).toEqual(['p0000']);
    expect(second.hasNextPage).toBe(false);
  });
});
