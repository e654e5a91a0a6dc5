import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { ADMIN, aDriveMaker, anIgbtMaker, memberOf, ok } from '../support/match-scenario.js';
import { aParticipation, OPEN_WINDOW } from '../support/event-scenario.js';
import { anEvent } from '../support/event-generator.js';

/**
 * `meetingRequests`: a participant's own meeting requests at an event,
 * through the real GraphQL server on DynamoDB Local. The IGBT maker asks
 * three drive makers and is asked by four; the listing pages through them
 * newest first, filters by direction and status, names the partner on the
 * other side, and refuses anyone who is neither its member nor an
 * administrator.
 */
const LIST = `query($event: ID!, $org: ID!, $direction: MeetingRequestDirection, $status: MeetingRequestStatus, $first: Int, $after: String) {
  meetingRequests(eventId: $event, organizationId: $org, direction: $direction, status: $status, first: $first, after: $after) {
    edges { cursor direction partner { id } node { id status message fromOrganizationId toOrganizationId requestedAt declineReason placement { slotId table } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const REQUEST = `mutation($input: RequestMeetingInput!) { requestMeeting(input: $input) { id } }`;
const RESPOND = `mutation($input: RespondToMeetingRequestInput!) { respondToMeetingRequest(input: $input) { status } }`;

interface Edge {
  cursor: string;
  direction: 'SENT' | 'RECEIVED';
  partner: { id: string } | null;
  node: { id: string; status: string; message: string; fromOrganizationId: string; toOrganizationId: string; requestedAt: string };
}
interface Listing {
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe('meetingRequests: a participant lists its own meeting requests', () => {
  const eventId = 'event-meeting-listing';
  let table: TestTable;
  let client: GraphQLClient;
  let igbtId = '';
  let outsiderId = '';
  const sent: string[] = [];
  const received: string[] = [];

  const list = (variables: Record<string, unknown>, caller = memberOf(igbtId)) =>
    ok<Listing>(client, caller, LIST, { event: eventId, org: igbtId, ...variables });

  beforeAll(async () => {
    table = await createTestTable('meeting-requests-listing');
    client = await graphqlClient(table.store);
    const igbt = await anIgbtMaker(table.store);
    igbtId = igbt.id;
    const drives = await Promise.all(Array.from({ length: 7 }, () => aDriveMaker(table.store)));
    outsiderId = (await aDriveMaker(table.store)).id;
    await table.store.events.createEvent(anEvent(eventId, OPEN_WINDOW, { days: 1, tables: 3 }));
    for (const org of [igbt, ...drives]) await table.store.events.putParticipation(aParticipation(eventId, org.id));
    // One after the other, so request times (and so the newest-first order) are distinct.
    for (const [i, drive] of drives.entries()) {
      const [from, to] = i < 3 ? [igbt.id, drive.id] : [drive.id, igbt.id];
      const input = { eventId, fromOrganizationId: from, toOrganizationId: to, message: `Request ${String(i)}` };
      const { id } = await ok<{ id: string }>(client, memberOf(from), REQUEST, { input });
      (i < 3 ? sent : received).push(id);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    // The IGBT maker accepts one request it received and declines another.
    await ok(client, memberOf(igbt.id), RESPOND, { input: { eventId, meetingId: received[0], response: 'ACCEPT' } });
    await ok(client, memberOf(igbt.id), RESPOND, {
      input: { eventId, meetingId: received[1], response: 'DECLINE', declineReason: 'NOT_RELEVANT' },
    });
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('lists sent and received requests newest first, each with its direction, partner and message', async () => {
    const { edges, pageInfo } = await list({});
    expect(edges.map((edge) => edge.node.id)).toEqual([...sent, ...received].reverse());
    expect(pageInfo.hasNextPage).toBe(false);
    for (const edge of edges) {
      const mine = edge.direction === 'SENT' ? edge.node.fromOrganizationId : edge.node.toOrganizationId;
      const theirs = edge.direction === 'SENT' ? edge.node.toOrganizationId : edge.node.fromOrganizationId;
      expect(mine).toBe(igbtId);
      expect(edge.partner?.id).toBe(theirs);
      expect(edge.node.message).toMatch(/^Request \d$/);
    }
  });

  it('pages through the list with cursors, each request once', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Listing = await list({ first: 3, ...(after ? { after } : {}) });
      expect(page.edges.length).toBeLessThanOrEqual(3);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual([...sent, ...received].reverse());
  });

  it('filters by direction and by status', async () => {
    const sentOnly = await list({ direction: 'SENT' });
    expect(sentOnly.edges.map((edge) => edge.node.id)).toEqual([...sent].reverse());
    expect(sentOnly.edges.every((edge) => edge.direction === 'SENT')).toBe(true);
    const waiting = await list({ direction: 'RECEIVED', status: 'REQUESTED' });
    expect(waiting.edges.map((edge) => edge.node.id)).toEqual([received[3], received[2]]);
    const declined = await list({ status: 'DECLINED' });
    expect(declined.edges.map((edge) => [edge.node.id, edge.direction])).toEqual([[received[1], 'RECEIVED']]);
    const accepted = await list({ status: 'ACCEPTED', first: 1 });
    expect(accepted.edges.map((edge) => edge.node.id)).toEqual([received[0]]);
  });

  it('shows the requested participant the request it answers, and the asker its own copy', async () => {
    const asker = (await ok<{ edges: Edge[] }>(client, memberOf(outsiderId), LIST, { event: eventId, org: outsiderId })).edges;
    expect(asker).toEqual([]);
    const [first] = received;
    const fromId = (await list({ status: 'ACCEPTED' })).edges[0]?.node.fromOrganizationId as string;
    const theirs = await ok<Listing>(client, memberOf(fromId), LIST, { event: eventId, org: fromId });
    expect(theirs.edges.map((edge) => [edge.node.id, edge.direction, edge.node.status, edge.partner?.id])).toEqual([
      [first, 'SENT', 'ACCEPTED', igbtId],
    ]);
  });

  it('lets administrators read any participant’s list', async () => {
    expect((await list({}, ADMIN)).edges).toHaveLength(7);
  });

  it('refuses a member of another organization (FORBIDDEN) and reads nothing for it', async () => {
    const result = await client.executeAs(memberOf(outsiderId), LIST, { event: eventId, org: igbtId });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(result.data?.meetingRequests ?? null).toBeNull();
  });

  it('refuses a cursor of another list, a page size over 100 and an unknown event', async () => {
    const sentPage = await list({ direction: 'SENT', first: 1 });
    const foreign = await client.executeAs(memberOf(igbtId), LIST, {
      event: eventId,
      org: igbtId,
      direction: 'RECEIVED',
      after: sentPage.pageInfo.endCursor,
    });
    expect(errorCode(foreign)).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.executeAs(memberOf(igbtId), LIST, { event: eventId, org: igbtId, first: 101 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.executeAs(memberOf(igbtId), LIST, { event: 'no-such-event', org: igbtId }))).toBe('NOT_FOUND');
  });
});
