import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personWithout } from '../support/principals.js';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { ADMIN, aDriveMaker, anIgbtMaker, express, memberOf, ok, PARTNER, RESPOND, WITHDRAW } from '../support/match-scenario.js';
import type { Principal } from '../../functions/core/access/principal.js';

const COUNTERPART_CONTACT = `query($id: ID!) { match(id: $id) { status counterpart { id contact { email } } } }`;
const ORGANIZATION_CONTACT = `query($id: ID!) { organization(id: $id) { id contact { email } } }`;
const MESSAGES = `query($id: ID!) { match(id: $id) { messages { kind text } declineReason } }`;
const LIST = `query($org: ID!, $status: MatchStatus, $direction: MatchDirection, $first: Int, $after: String) {
  matches(organizationId: $org, status: $status, direction: $direction, first: $first, after: $after) {
    edges { cursor node { id status fromOrganizationId toOrganizationId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface ListResult {
  matches: {
    edges: { cursor: string; node: { id: string; status: string; fromOrganizationId: string; toOrganizationId: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('what a match reveals, and to whom', () => {
  let table: TestTable;
  let client: GraphQLClient;

  beforeAll(async () => {
    table = await createTestTable('match-visibility');
    client = await graphqlClient(table.store);
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  const contactThroughMatch = async (as: Principal, matchId: string) =>
    (await ok<{ counterpart: { contact: { email: string } | null } }>(client, as, COUNTERPART_CONTACT, { id: matchId })).counterpart
      .contact;
  const contactThroughProfile = async (as: Principal, organizationId: string) =>
    (await ok<{ contact: { email: string } | null }>(client, as, ORGANIZATION_CONTACT, { id: organizationId })).contact;

  describe('contact details of the other organization', () => {
    it('stay hidden while the match is PENDING, and show to both sides once it is MUTUAL', async () => {
      const sender = await anIgbtMaker(table.store);
      const receiver = await aDriveMaker(table.store);
      const match = await express(client, sender.id, receiver.id);

      expect(await contactThroughMatch(memberOf(sender.id), match.id)).toBeNull();
      expect(await contactThroughMatch(memberOf(receiver.id), match.id)).toBeNull();
      expect(await contactThroughProfile(memberOf(sender.id), receiver.id)).toBeNull();

      await ok(client, memberOf(receiver.id), RESPOND, { input: { matchId: match.id, response: 'ACCEPT' } });

      expect(await contactThroughMatch(memberOf(sender.id), match.id)).toEqual({ email: receiver.contact.email });
      expect(await contactThroughMatch(memberOf(receiver.id), match.id)).toEqual({ email: sender.contact.email });
      expect(await contactThroughProfile(memberOf(sender.id), receiver.id)).toEqual({ email: receiver.contact.email });
      expect(await contactThroughProfile(memberOf(receiver.id), sender.id)).toEqual({ email: sender.contact.email });
    });

    it('stay hidden from third organizations and partner apps even when the match is MUTUAL', async () => {
      const sender = await anIgbtMaker(table.store);
      const receiver = await aDriveMaker(table.store);
      const outsider = await anIgbtMaker(table.store);
      const match = await express(client, sender.id, receiver.id);
      await express(client, receiver.id, sender.id);

      expect(await contactThroughProfile(memberOf(outsider.id), receiver.id)).toBeNull();
      expect(await contactThroughProfile(PARTNER, receiver.id)).toBeNull();
      expect(await contactThroughProfile(ADMIN, receiver.id)).toEqual({ email: receiver.contact.email });
      expect(errorCode(await client.executeAs(PARTNER, COUNTERPART_CONTACT, { id: match.id }))).toBe('FORBIDDEN');
    });

    it('stay hidden after a decline or a withdrawal', async () => {
      const sender = await anIgbtMaker(table.store);
      const decliner = await aDriveMaker(table.store);
      const withdrawnFrom = await aDriveMaker(table.store);
      const declined = await express(client, sender.id, decliner.id);
      const withdrawn = await express(client, sender.id, withdrawnFrom.id);
      await ok(client, memberOf(decliner.id), RESPOND, {
        input: { matchId: declined.id, response: 'DECLINE', declineReason: 'WRONG_REGION' },
      });
      await ok(client, memberOf(sender.id), WITHDRAW, { input: { matchId: withdrawn.id } });

      expect(await contactThroughProfile(memberOf(sender.id), decliner.id)).toBeNull();
      expect(await contactThroughProfile(memberOf(sender.id), withdrawnFrom.id)).toBeNull();
      expect(await contactThroughMatch(memberOf(decliner.id), declined.id)).toBeNull();
    });
  });

  describe('notes exchanged in a match', () => {
    it('show a decline note and reason to both organizations and administrators, and to no one else', async () => {
      const sender = await anIgbtMaker(table.store);
      const receiver = await aDriveMaker(table.store);
      const outsider = await aDriveMaker(table.store);
      const match = await express(client, sender.id, receiver.id, { message: 'Interested in your drives' });
      await ok(client, memberOf(receiver.id), RESPOND, {
        input: { matchId: match.id, response: 'DECLINE', declineReason: 'TOO_EARLY_STAGE', message: 'Come back after series production' },
      });

      const expected = {
        messages: [
          { kind: 'INTEREST', text: 'Interested in your drives' },
          { kind: 'DECLINE', text: 'Come back after series production' },
        ],
        declineReason: 'TOO_EARLY_STAGE',
      };
      for (const reader of [memberOf(sender.id), memberOf(receiver.id), ADMIN]) {
        expect(await ok(client, reader, MESSAGES, { id: match.id })).toEqual(expected);
      }
      for (const stranger of [memberOf(outsider.id), PARTNER, personWithout('no-org')]) {
        const result = await client.executeAs(stranger, MESSAGES, { id: match.id });
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(result.data?.match ?? null).toBeNull();
      }
    });
  });

  describe("an organization's list of matches", () => {
    let hub: string;
    const sent: string[] = [];
    const received: string[] = [];

    // The hub sends interest to three drive makers, then receives it from three IGBT makers, one after another;
    // it declines the second it received and the first it sent is accepted.
    beforeAll(async () => {
      hub = (await aDriveMaker(table.store)).id;
      for (let i = 0; i < 3; i++) {
        const to = (await aDriveMaker(table.store)).id;
        sent.push((await express(client, hub, to)).id);
      }
      for (let i = 0; i < 3; i++) {
        const from = (await anIgbtMaker(table.store)).id;
        received.push((await express(client, from, hub)).id);
      }
      await ok(client, memberOf(hub), RESPOND, { input: { matchId: received[1], response: 'DECLINE', declineReason: 'NO_CAPACITY' } });
      const firstSent = await table.store.matches.get(sent[0]!);
      await ok(client, memberOf(firstSent!.toOrganizationId), RESPOND, { input: { matchId: sent[0], response: 'ACCEPT' } });
    });

    const list = (variables: Record<string, unknown>, as: Principal = memberOf(hub)) =>
      client.executeAs<ListResult>(as, LIST, { org: hub, ...variables });
    const ids = async (variables: Record<string, unknown>) => {
      const result = await list(variables);
      expect(result.errors).toBeUndefined();
      return result.data!.matches.edges.map((edge) => edge.node.id);
    };

    it('lists sent and received matches newest first', async () => {
      expect(await ids({})).toEqual([...received].reverse().concat([...sent].reverse()));
    });

    it('filters by direction and status', async () => {
      expect(await ids({ direction: 'SENT' })).toEqual([...sent].reverse());
      expect(await ids({ direction: 'RECEIVED' })).toEqual([...received].reverse());
      expect(await ids({ status: 'DECLINED' })).toEqual([received[1]]);
      expect(await ids({ status: 'MUTUAL', direction: 'SENT' })).toEqual([sent[0]]);
      expect(await ids({ status: 'MUTUAL', direction: 'RECEIVED' })).toEqual([]);
      expect(await ids({ status: 'PENDING' })).toEqual([received[2], received[0], sent[2], sent[1]]);
    });

    it('pages with signed cursors, without gaps or repeats', async () => {
      const seen: string[] = [];
      let after: string | null = null;
      for (let page = 0; page < 10; page++) {
        const result = await list({ first: 4, after });
        const connection: ListResult['matches'] = result.data!.matches;
        seen.push(...connection.edges.map((edge) => edge.node.id));
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen).toEqual([...received].reverse().concat([...sent].reverse()));
    });

    it('answers BAD_USER_INPUT to a forged cursor, and to a cursor of another list', async () => {
      const first = await list({ first: 1 });
      const cursor = first.data!.matches.edges[0]!.cursor;
      const [body, signature] = cursor.split('.');
      const forgedBody = Buffer.from(JSON.stringify({ v: 1, p: `ORGMATCH#${hub}#ANY#ANY`, k: { position: '9999' } })).toString('base64url');
      expect(errorCode(await list({ after: `${forgedBody}.${signature}` }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await list({ after: `${body}.${signature?.slice(1)}A` }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await list({ after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
      expect(errorCode(await list({ after: cursor, direction: 'SENT' }))).toBe('BAD_USER_INPUT');
    });

    it('is for the organization’s members and administrators only', async () => {
      const outsider = (await anIgbtMaker(table.store)).id;
      expect(errorCode(await list({}, memberOf(outsider)))).toBe('FORBIDDEN');
      expect(errorCode(await list({}, PARTNER))).toBe('FORBIDDEN');
      expect((await list({}, ADMIN)).data?.matches.edges).toHaveLength(6);
    });

    it('refuses a page size over the maximum', async () => {
      expect(errorCode(await list({ first: 101 }))).toBe('BAD_USER_INPUT');
    });
  });
});
