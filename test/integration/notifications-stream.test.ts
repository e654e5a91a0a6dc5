import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { ADMIN, aDriveMaker, anIgbtMaker, express, memberOf, ok, RESPOND, WITHDRAW } from '../support/match-scenario.js';
import { notificationPipeline, type NotificationPipeline } from '../support/notification-pipeline.js';
import { allItems } from '../support/table-contents.js';
import { storeMembershipsOf } from '../support/memberships.js';
import { personIn } from '../support/principals.js';
import type { Principal } from '../../functions/core/access/principal.js';

const NOTIFICATIONS = `query Notifications($first: Int, $after: String, $unreadOnly: Boolean, $locale: Locale) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    edges { cursor node { id kind organizationId matchId relatedOrganizationId declineReason outcome occurredAt read readAt text(locale: $locale) } }
    pageInfo { hasNextPage endCursor }
  }
  unreadNotificationCount
}`;
const MARK_READ = `mutation Mark($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked unreadCount } }`;
const SET_VERIFICATION = `mutation Verify($input: SetVerificationInput!) { setVerification(input: $input) { verification version } }`;

interface NotificationView {
  id: string;
  kind: string;
  organizationId: string;
  matchId: string | null;
  relatedOrganizationId: string | null;
  declineReason: string | null;
  read: boolean;
  text: string;
}
interface Inbox {
  notifications: { edges: { cursor: string; node: NotificationView }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
  unreadNotificationCount: number;
}

describe('notifications from the table stream (DynamoDB Local)', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let pipeline: NotificationPipeline;

  beforeAll(async () => {
    table = await createTestTable('notifications', { stream: true });
    client = await graphqlClient(table.store);
    pipeline = await notificationPipeline(table);
  });

  afterAll(async () => {
    pipeline.close();
    await client.stop();
    await table.drop();
  });

  const inbox = async (as: Principal, variables: Record<string, unknown> = {}): Promise<Inbox> => {
    const result = await client.executeAs<Inbox>(as, NOTIFICATIONS, variables);
    expect(result.errors).toBeUndefined();
    return result.data as Inbox;
  };
  const kinds = async (organizationId: string) => (await inbox(memberOf(organizationId))).notifications.edges.map((edge) => edge.node.kind);

  async function pendingPair() {
    const sender = await anIgbtMaker(table.store);
    const receiver = await aDriveMaker(table.store);
    // Notifications go to the members an organization has when the event is processed.
    await storeMembershipsOf(table.store, memberOf(receiver.id));
    const match = await express(client, sender.id, receiver.id);
    return { sender: sender.id, receiver: receiver.id, match };
  }

  it('tells the receiver’s members of an expression of interest, once, in their language', async () => {
    const { sender, receiver, match } = await pendingPair();
    await pipeline.deliverPending();

    const received = await inbox(memberOf(receiver), { locale: 'zh' });
    expect(received.unreadNotificationCount).toBe(1);
    expect(received.notifications.edges.map((edge) => edge.node)).toEqual([
      expect.objectContaining({
        kind: 'INTEREST_RECEIVED',
        organizationId: receiver,
        matchId: match.id,
        relatedOrganizationId: sender,
        read: false,
      }),
    ]);
    const senderName = (await table.store.organizations.get(sender))?.name;
    expect(received.notifications.edges[0]?.node.text).toBe(`${senderName?.zh ?? senderName?.en} 表达了与您合作的意向。`);
    expect(await kinds(sender)).toEqual([]);
  });

  it('stores one notification when the stream delivers the same record twice', async () => {
    const { receiver } = await pendingPair();
    const records = await pipeline.deliverPending();
    await pipeline.redeliver(records);
    await pipeline.redeliver(records.filter((record) => (record.dynamodb.NewImage?.entity as { S?: string } | undefined)?.S === 'MATCH'));

    expect(await kinds(receiver)).toEqual(['INTEREST_RECEIVED']);
    const stored = (await allItems(table)).filter((item) => item.entity === 'NOTIFICATION' && item.recipientOrganizationId === receiver);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.ttl).toBe(Math.floor(Date.parse(String(stored[0]?.occurredAt)) / 1000) + 180 * 86_400);
  });

  it('tells both sides when the receiver accepts', async () => {
    const { sender, receiver, match } = await pendingPair();
    await ok(client, memberOf(receiver), RESPOND, { input: { matchId: match.id, response: 'ACCEPT' } });
    await pipeline.deliverPending();

    expect(await kinds(sender)).toEqual(['INTEREST_ACCEPTED']);
    expect(await kinds(receiver)).toEqual(['MATCH_MUTUAL', 'INTEREST_RECEIVED']);
  });

  it('tells the sender of a decline with its reason, in Korean when asked', async () => {
    const { sender, receiver, match } = await pendingPair();
    await ok(client, memberOf(receiver), RESPOND, { input: { matchId: match.id, response: 'DECLINE', declineReason: 'NO_CAPACITY' } });
    await pipeline.deliverPending();

    const [declined] = (await inbox(memberOf(sender), { locale: 'ko' })).notifications.edges.map((edge) => edge.node);
    expect(declined).toMatchObject({ kind: 'INTEREST_DECLINED', declineReason: 'NO_CAPACITY', relatedOrganizationId: receiver });
    expect(declined?.text).toContain('여력 없음');
  });

  it('tells the receiver when the sender withdraws', async () => {
    const { sender, receiver, match } = await pendingPair();
    await ok(client, memberOf(sender), WITHDRAW, { input: { matchId: match.id } });
    await pipeline.deliverPending();

    expect(await kinds(receiver)).toEqual(['INTEREST_WITHDRAWN', 'INTEREST_RECEIVED']);
  });

  it('gives every member of the receiver their own copy, with their own read state, and nobody else one', async () => {
    const receiver = await aDriveMaker(table.store);
    const colleague = personIn(`colleague-at-${receiver.id}`, receiver.id, 'MEMBER');
    await storeMembershipsOf(table.store, memberOf(receiver.id));
    await storeMembershipsOf(table.store, colleague);
    const outsider = personIn('outsider', 'org-elsewhere');
    await storeMembershipsOf(table.store, outsider);
    await express(client, (await anIgbtMaker(table.store)).id, receiver.id);
    await pipeline.deliverPending();

    const owners = await inbox(memberOf(receiver.id));
    const colleagues = await inbox(colleague);
    expect(owners.notifications.edges.map((edge) => edge.node.kind)).toEqual(['INTEREST_RECEIVED']);
    expect(colleagues.notifications.edges.map((edge) => edge.node.id)).toEqual(owners.notifications.edges.map((edge) => edge.node.id));
    expect((await inbox(outsider)).notifications.edges).toEqual([]);

    await ok(client, memberOf(receiver.id), MARK_READ, { input: { all: true } });
    expect((await inbox(memberOf(receiver.id))).unreadNotificationCount).toBe(0);
    expect((await inbox(colleague)).unreadNotificationCount).toBe(1);
  });

  it('tells an organization that administrators verified it', async () => {
    const organization = await aDriveMaker(table.store);
    await storeMembershipsOf(table.store, memberOf(organization.id));
    await ok(client, ADMIN, SET_VERIFICATION, {
      input: { organizationId: organization.id, version: organization.version, verification: 'VERIFIED' },
    });
    await pipeline.deliverPending();

    const [verified] = (await inbox(memberOf(organization.id), { locale: 'en' })).notifications.edges.map((edge) => edge.node);
    expect(verified).toMatchObject({ kind: 'ORGANIZATION_VERIFIED' });
    expect(verified?.text).toBe(`${organization.name.en} has been verified by the zone administration.`);
  });

  describe('marking read', () => {
    it('marks named notifications read, all or none, and then all the rest', async () => {
      const { sender, receiver, match } = await pendingPair();
      await ok(client, memberOf(sender), WITHDRAW, { input: { matchId: match.id } });
      await pipeline.deliverPending();
      const member = memberOf(receiver);
      const [newest, oldest] = (await inbox(member)).notifications.edges.map((edge) => edge.node.id);

      const unknown = `${new Date(0).toISOString()}#AAAAAAAAAAAAAAAAAAAAAA`;
      const failed = await client.executeAs(member, MARK_READ, { input: { ids: [newest, unknown] } });
      expect(errorCode(failed)).toBe('NOT_FOUND');
      expect((await inbox(member)).unreadNotificationCount).toBe(2);

      expect(await ok(client, member, MARK_READ, { input: { ids: [newest] } })).toEqual({ marked: 1, unreadCount: 1 });
      const unread = await inbox(member, { unreadOnly: true });
      expect(unread.notifications.edges.map((edge) => edge.node.id)).toEqual([oldest]);

      expect(await ok(client, member, MARK_READ, { input: { all: true } })).toEqual({ marked: 1, unreadCount: 0 });
      expect((await inbox(member)).notifications.edges.map((edge) => edge.node.read)).toEqual([true, true]);
    });

    it('refuses a request naming both ids and all, neither, repeated ids or malformed ids', async () => {
      const member = memberOf('org-anyone');
      const id = `${new Date(0).toISOString()}#AAAAAAAAAAAAAAAAAAAAAA`;
      for (const input of [{ ids: [id], all: true }, {}, { ids: [id, id] }, { ids: ['not-an-id'] }, { ids: [] }]) {
        expect([input, errorCode(await client.executeAs(member, MARK_READ, { input }))]).toEqual([input, 'BAD_USER_INPUT']);
      }
    });

    it('never lets one person mark another’s notifications', async () => {
      const { sender, receiver } = await pendingPair();
      await pipeline.deliverPending();
      const [theirs] = (await inbox(memberOf(receiver))).notifications.edges.map((edge) => edge.node.id);
      const attempt = await client.executeAs(memberOf(sender), MARK_READ, { input: { ids: [theirs] } });
      expect(errorCode(attempt)).toBe('NOT_FOUND');
      expect((await inbox(memberOf(receiver))).unreadNotificationCount).toBe(1);
    });
  });

  it('pages newest first with cursors', async () => {
    const { sender, receiver, match } = await pendingPair();
    await ok(client, memberOf(sender), WITHDRAW, { input: { matchId: match.id } });
    await pipeline.deliverPending();
    const first = await inbox(memberOf(receiver), { first: 1 });
    expect(first.notifications.pageInfo.hasNextPage).toBe(true);
    const second = await inbox(memberOf(receiver), { first: 1, after: first.notifications.pageInfo.endCursor });
    expect([...first.notifications.edges, ...second.notifications.edges].map((edge) => edge.node.kind)).toEqual([
      'INTEREST_WITHDRAWN',
      'INTEREST_RECEIVED',
    ]);
    expect(second.notifications.pageInfo.hasNextPage).toBe(false);
  });
});
