import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { ZONE_CHAIN_GROUPS } from '../../functions/app/statistics.js';
import { ADMIN, aDriveMaker, anIgbtMaker, aPostingOf, express, memberOf, ok, RECORD_OUTCOME, RESPOND } from '../support/match-scenario.js';

/** Query.zoneStatistics counts what the table holds, read from the listing partitions. */
const STATISTICS = `{ zoneStatistics {
  organizations { total byCountry { country count } byType { type count } byVerification { verification count } }
  postings { total byStatus { status count } }
  matches { total byStatus { status count } byOutcome { outcome count } }
} }`;

describe('zone statistics for administrators', () => {
  let table: TestTable;
  let client: GraphQLClient;

  beforeAll(async () => {
    table = await createTestTable('zone-statistics');
    client = await graphqlClient(table.store);
    const maker = await anIgbtMaker(table.store, { verification: 'VERIFIED' });
    const drive = await aDriveMaker(table.store);
    await aDriveMaker(table.store, { type: 'UNIVERSITY', verification: 'SUSPENDED' });
    const open = await aPostingOf(table.store, maker);
    const alsoOpen = await aPostingOf(table.store, maker);
    await aPostingOf(table.store, maker, { status: 'CLOSED' });
    await aPostingOf(table.store, maker, { expiresAt: new Date(Date.now() - 86_400_000).toISOString() });
    await matchesThroughTheWorkflow(maker.id, drive.id, [open.id, alsoOpen.id]);
  });

  /** One match met after turning mutual, one declined, one pending: written by the real mutations, transitions included. */
  async function matchesThroughTheWorkflow(maker: string, drive: string, [declinedAbout, pendingAbout]: string[]): Promise<void> {
    const met = await express(client, maker, drive);
    await ok(client, memberOf(drive), RESPOND, { input: { matchId: met.id, response: 'ACCEPT' } });
    await ok(client, memberOf(maker), RECORD_OUTCOME, { input: { matchId: met.id, outcome: 'MEETING_HELD' } });
    const declined = await express(client, maker, drive, { collaborationId: declinedAbout });
    await ok(client, memberOf(drive), RESPOND, { input: { matchId: declined.id, response: 'DECLINE', declineReason: 'NO_CAPACITY' } });
    await express(client, drive, maker, { collaborationId: pendingAbout });
  }

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('counts organizations by country, type and verification, postings by effective status, and matches by status and outcome', async () => {
    const result = await client.executeAs(ADMIN, STATISTICS);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      zoneStatistics: {
        organizations: {
          total: 3,
          byCountry: [
            { country: 'CN', count: 2 },
            { country: 'KR', count: 1 },
          ],
          byType: [
            { type: 'ENTERPRISE', count: 2 },
            { type: 'UNIVERSITY', count: 1 },
            { type: 'RESEARCH_INSTITUTE', count: 0 },
          ],
          byVerification: [
            { verification: 'UNVERIFIED', count: 1 },
            { verification: 'VERIFIED', count: 1 },
            { verification: 'SUSPENDED', count: 1 },
          ],
        },
        postings: {
          total: 4,
          byStatus: [
            { status: 'OPEN', count: 2 },
            { status: 'CLOSED', count: 1 },
            { status: 'EXPIRED', count: 1 },
          ],
        },
        matches: {
          total: 3,
          byStatus: [
            { status: 'PENDING', count: 1 },
            { status: 'MUTUAL', count: 1 },
            { status: 'DECLINED', count: 1 },
            { status: 'WITHDRAWN', count: 0 },
          ],
          byOutcome: [
            { outcome: 'MEETING_HELD', count: 1 },
            { outcome: 'AGREEMENT_SIGNED', count: 0 },
            { outcome: 'NO_DEAL', count: 0 },
          ],
        },
      },
    });
  });

  it('counts organizations by country and chain group, from the chains their listing items carry', async () => {
    const result = await client.executeAs(
      ADMIN,
      `{ zoneStatistics { organizations { byCountryAndChainGroup { country chainGroup { id names { en } } count } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const tallies = (
      result.data as {
        zoneStatistics: { organizations: { byCountryAndChainGroup: { country: string; chainGroup: { id: string }; count: number }[] } };
      }
    ).zoneStatistics.organizations.byCountryAndChainGroup;
    // Every country × group, zero included.
    expect(tallies).toHaveLength(2 * ZONE_CHAIN_GROUPS.ids.length);
    const semiconductors = ZONE_CHAIN_GROUPS.groupOf('semi');
    const vehicles = ZONE_CHAIN_GROUPS.groupOf('nev');
    // The IGBT maker (Korea, power semiconductors); the two drive makers (China, electric drives; the suspended one counts too).
    expect(tallies.filter((tally) => tally.count > 0).map(({ country, chainGroup, count }) => [country, chainGroup.id, count])).toEqual([
      ['CN', vehicles, 2],
      ['KR', semiconductors, 1],
    ]);
  });

  it('reads with Queries only, never a Scan', async () => {
    const commands: string[] = [];
    const watched = table.storeWith({
      wrapClient: (client) => ({
        send: async (command: never) => {
          commands.push((command as object).constructor.name);
          return client.send(command);
        },
      }),
    });
    const watchingClient = await graphqlClient(watched);
    await watchingClient.executeAs(ADMIN, STATISTICS);
    await watchingClient.stop();
    expect(new Set(commands)).toEqual(new Set(['QueryCommand']));
  });
});
