import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodeIcal, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { ADMIN, aDriveMaker, anIgbtMaker, express, memberOf, ok, RESPOND } from '../support/match-scenario.js';
import { startLocalServer, type RunningLocalServer } from '../support/local-http.js';
import { DevIssuer } from '../../functions/local/dev-issuer.js';
import { agendaRoute } from '../../functions/local/agenda-route.js';
import type { Organization } from '../../functions/core/organization.js';

/**
 * The whole event flow through the real GraphQL server and the local HTTP
 * transport, against DynamoDB Local: an administrator defines an event, two
 * members register their organizations, one asks the other for a meeting,
 * the other accepts, the administrator schedules, each reads its agenda in
 * Korean and Chinese and downloads it as .ics (parsed by node-ical), they
 * check in and record the meeting as held (the pair's match gets
 * MEETING_HELD), and zoneStatistics counts it all. Then the refusals.
 */
const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id version slots { id } } }`;
const REGISTER = `mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { organizationId meetingsWanted attendees { name title } } }`;
const PARTICIPANTS = `query($event: ID!, $org: ID) { eventParticipants(eventId: $event, organizationId: $org) { organization { id name { en } } attendees { name } meetingsWanted } }`;
const SUGGESTED = `query($event: ID!, $org: ID!) { suggestedMeetings(eventId: $event, organizationId: $org) { inFocus match { score organization { id } explanation(locale: ko) } } }`;
const REQUEST = `mutation($input: RequestMeetingInput!) { requestMeeting(input: $input) { id status fit autoAccepted } }`;
const RESPOND_MEETING = `mutation($input: RespondToMeetingRequestInput!) { respondToMeetingRequest(input: $input) { id status declineReason } }`;
const SCHEDULE = `mutation($input: ScheduleEventInput!) { scheduleEvent(input: $input) { accepted scheduled } }`;
const AGENDA = `query($event: ID!, $org: ID!, $locale: Locale) { eventAgenda(eventId: $event, organizationId: $org, locale: $locale) { locale entries { meetingId table slot { id startsAt endsAt } partner { id name { zh ko en } } whyTheyFit } } }`;
const CHECK_IN = `mutation($input: CheckInToEventInput!) { checkInToEvent(input: $input) { checkedInAt } }`;
const HELD = `mutation($input: MeetingActionInput!) { recordMeetingHeld(input: $input) { heldAt placement { slotId table } } }`;
const STATS = `{ zoneStatistics { events { eventId participants checkedIn meetingsRequested meetingsAccepted meetingsScheduled meetingsHeld agreementsFollowed } } }`;

const HANGUL = /[\uac00-\ud7a3]/;
const HAN = /[\u4e00-\u9fff]/;

function anEventInput(window: { opens: string; closes: string }) {
  return {
    name: { en: 'Changchun exchange day', zh: '长春交流日', ko: '창춘 교류의 날' },
    venue: { kind: 'IN_PERSON', address: { en: 'Expo Center, Hall 3', zh: '博览中心3号馆', ko: '박람회장 3관' } },
    utcOffset: '+08:00',
    days: [{ date: '2027-03-10', start: '09:00', end: '11:00', breaks: [{ start: '10:00', end: '10:20' }] }],
    slotMinutes: 20,
    tables: ['A1', 'A2'],
    registrationOpensAt: window.opens,
    registrationClosesAt: window.closes,
    focusChainGroupIds: [],
  };
}

const registration = (eventId: string, organizationId: string, attendee: string) => ({
  input: {
    eventId,
    organizationId,
    attendees: [{ name: attendee, title: 'Sales director' }],
    availability: [{ date: '2027-03-10', from: '09:00', to: '11:00' }],
    meetingsWanted: 3,
  },
});

describe('a matchmaking event, end to end through GraphQL and the .ics route', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let http: RunningLocalServer;
  let issuer: DevIssuer;
  let keyDir: string;
  let igbt: Organization;
  let drive: Organization;
  let eventId = '';
  let meetingId = '';

  beforeAll(async () => {
    table = await createTestTable('events-flow-graphql');
    client = await graphqlClient(table.store);
    keyDir = await mkdtemp(join(tmpdir(), 'chainfit-agenda-'));
    issuer = await DevIssuer.open(join(keyDir, 'issuer.json'));
    const verifyToken = async (token: string) => issuer.verify(token);
    http = await startLocalServer({ store: table.store, verifyToken, routes: [agendaRoute({ store: table.store, verifyToken })] });
    igbt = await anIgbtMaker(table.store);
    drive = await aDriveMaker(table.store);
    // A MUTUAL match between them, so that the held meeting becomes the match's outcome.
    const match = await express(client, igbt.id, drive.id);
    await ok(client, memberOf(drive.id), RESPOND, { input: { matchId: match.id, response: 'ACCEPT' } });
  });
  afterAll(async () => {
    await http.close();
    await client.stop();
    await table.drop();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('runs from definition to statistics', async () => {
    // 1. The administrator defines the event, registration open now.
    const created = await ok<{ id: string; slots: { id: string }[] }>(client, ADMIN, CREATE, {
      input: anEventInput({ opens: '2026-01-01T00:00:00Z', closes: '2027-03-01T00:00:00Z' }),
    });
    eventId = created.id;
    expect(created.slots.map((s) => s.id)).toEqual([
      '2027-03-10T09:00',
      '2027-03-10T09:20',
      '2027-03-10T09:40',
      '2027-03-10T10:20',
      '2027-03-10T10:40',
    ]);

    // 2. A member of each organization registers it.
    const registered = await ok(client, memberOf(igbt.id), REGISTER, registration(eventId, igbt.id, 'Kim Minjun'));
    expect(registered).toEqual({
      organizationId: igbt.id,
      meetingsWanted: 3,
      attendees: [{ name: 'Kim Minjun', title: 'Sales director' }],
    });
    await ok(client, memberOf(drive.id), REGISTER, registration(eventId, drive.id, 'Wang Lei'));

    // 3. Registered participants see each other (public profile fields).
    const participants = await ok<{ organization: { id: string } }[]>(client, memberOf(igbt.id), PARTICIPANTS, {
      event: eventId,
      org: igbt.id,
    });
    expect(participants.map((p) => p.organization.id).sort()).toEqual([igbt.id, drive.id].sort());

    // 4. The fit model suggests the drive maker to the IGBT maker, with a Korean explanation.
    const suggested = await ok<{ match: { score: number; organization: { id: string }; explanation: string } }[]>(
      client,
      memberOf(igbt.id),
      SUGGESTED,
      { event: eventId, org: igbt.id },
    );
    expect(suggested[0]?.match.organization.id).toBe(drive.id);
    expect(suggested[0]?.match.score).toBeGreaterThan(0);
    expect(suggested[0]?.match.explanation).toMatch(HANGUL);

    // 5. The IGBT maker asks; neither opted in to auto-accept, so the drive maker accepts.
    const requested = await ok<{ id: string; status: string; fit: number; autoAccepted: boolean }>(client, memberOf(igbt.id), REQUEST, {
      input: { eventId, fromOrganizationId: igbt.id, toOrganizationId: drive.id, message: 'IGBT modules for your inverters?' },
    });
    expect(requested).toMatchObject({ status: 'REQUESTED', autoAccepted: false });
    expect(requested.fit).toBeGreaterThan(0);
    meetingId = requested.id;
    // The requester cannot answer its own request.
    const selfAnswer = await client.executeAs(memberOf(igbt.id), RESPOND_MEETING, { input: { eventId, meetingId, response: 'ACCEPT' } });
    expect(selfAnswer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const accepted = await ok<{ status: string }>(client, memberOf(drive.id), RESPOND_MEETING, {
      input: { eventId, meetingId, response: 'ACCEPT' },
    });
    expect(accepted.status).toBe('ACCEPTED');

    // 6. The administrator schedules.
    expect(await ok(client, ADMIN, SCHEDULE, { input: { eventId } })).toEqual({ accepted: 1, scheduled: 1 });

    // 7. The agenda in Korean and in Chinese.
    type Agenda = {
      locale: string;
      entries: { meetingId: string; table: string; slot: { id: string; startsAt: string }; partner: { id: string }; whyTheyFit: string }[];
    };
    const ko = await ok<Agenda>(client, memberOf(igbt.id), AGENDA, { event: eventId, org: igbt.id, locale: 'ko' });
    const zh = await ok<Agenda>(client, memberOf(drive.id), AGENDA, { event: eventId, org: drive.id, locale: 'zh' });
    expect(ko.locale).toBe('ko');
    expect(ko.entries).toHaveLength(1);
    expect(ko.entries[0]).toMatchObject({ meetingId, partner: { id: drive.id } });
    expect(ko.entries[0]?.whyTheyFit).toMatch(HANGUL);
    expect(zh.entries[0]).toMatchObject({ meetingId, partner: { id: igbt.id }, slot: ko.entries[0]?.slot, table: ko.entries[0]?.table });
    expect(zh.entries[0]?.whyTheyFit).toMatch(HAN);

    // 8. The same agenda as .ics over HTTP, with a dev member token; node-ical parses it.
    const token = await issuer.sign('member', igbt.id);
    const url = `${http.origin}/events/${eventId}/agenda.ics?organizationId=${igbt.id}&locale=ko`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const events = Object.values(nodeIcal.sync.parseICS(await response.text())).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events).toHaveLength(1);
    expect(events[0]?.uid).toBe(`${meetingId}@chainfit`);
    expect(events[0]?.summary).toContain('미팅');
    expect(events[0]?.start.toISOString()).toBe(ko.entries[0]?.slot.startsAt);
    // Without a token, with another organization's token, or without naming the participant: refused.
    expect((await fetch(url)).status).toBe(401);
    const otherToken = await issuer.sign('member', 'org-not-a-participant');
    expect((await fetch(url, { headers: { authorization: `Bearer ${otherToken}` } })).status).toBe(403);
    expect((await fetch(`${http.origin}/events/${eventId}/agenda.ics`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(
      400,
    );

    // 9. Check-in and the meeting held: the pair's MUTUAL match gets MEETING_HELD.
    const checkedIn = await ok<{ checkedInAt: string }>(client, memberOf(igbt.id), CHECK_IN, {
      input: { eventId, organizationId: igbt.id },
    });
    expect(checkedIn.checkedInAt).toBeTruthy();
    const held = await ok<{ heldAt: string; placement: { slotId: string } }>(client, memberOf(drive.id), HELD, {
      input: { eventId, meetingId, organizationId: drive.id },
    });
    expect(held.heldAt).toBeTruthy();
    const matches = await ok<{ edges: { node: { outcome: string | null; counterpart: { id: string } } }[] }>(
      client,
      memberOf(igbt.id),
      'query($org: ID!) { matches(organizationId: $org) { edges { node { outcome counterpart { id } } } } }',
      { org: igbt.id },
    );
    expect(matches.edges.find((e) => e.node.counterpart.id === drive.id)?.node.outcome).toBe('MEETING_HELD');

    // 10. The statistics.
    const stats = await ok<{ events: { eventId: string }[] }>(client, ADMIN, STATS, {});
    expect(stats.events.find((e) => e.eventId === eventId)).toEqual({
      eventId,
      participants: 2,
      checkedIn: 1,
      meetingsRequested: 1,
      meetingsAccepted: 1,
      meetingsScheduled: 1,
      meetingsHeld: 1,
      agreementsFollowed: 0,
    });
  });

  it('refuses outsiders, closed registration and declines without a reason', async () => {
    // A member of an organization that is not a participant sees no participants, suggestions or agenda.
    const outsider = await aDriveMaker(table.store);
    const asOutsider = await client.executeAs(memberOf(outsider.id), PARTICIPANTS, { event: eventId, org: outsider.id });
    expect(asOutsider.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const forAnother = await client.executeAs(memberOf(outsider.id), PARTICIPANTS, { event: eventId, org: igbt.id });
    expect(forAnother.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noOrg = await client.executeAs(memberOf(outsider.id), PARTICIPANTS, { event: eventId });
    expect(noOrg.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const agenda = await client.executeAs(memberOf(outsider.id), AGENDA, { event: eventId, org: igbt.id });
    expect(agenda.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // A member may not register another organization.
    const registerOther = await client.executeAs(memberOf(outsider.id), REGISTER, registration(eventId, igbt.id, 'Someone'));
    expect(registerOther.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    // Registration outside the window: CONFLICT with REGISTRATION_CLOSED; nothing stored.
    const closed = await ok<{ id: string }>(client, ADMIN, CREATE, {
      input: anEventInput({ opens: '2026-01-01T00:00:00Z', closes: '2026-02-01T00:00:00Z' }),
    });
    const late = await client.executeAs(memberOf(outsider.id), REGISTER, registration(closed.id, outsider.id, 'Late comer'));
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'REGISTRATION_CLOSED' });
    const listed = await ok<unknown[]>(client, ADMIN, PARTICIPANTS, { event: closed.id });
    expect(listed).toEqual([]);

    // Availability outside the day's hours: BAD_USER_INPUT with the field path.
    const early = await client.executeAs(memberOf(outsider.id), REGISTER, {
      input: {
        ...registration(eventId, outsider.id, 'Early bird').input,
        availability: [{ date: '2027-03-10', from: '07:00', to: '08:00' }],
      },
    });
    expect(early.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    // A decline names a reason, as for matches.
    await ok(client, memberOf(outsider.id), REGISTER, registration(eventId, outsider.id, 'Park Jisoo'));
    const asked = await ok<{ id: string }>(client, memberOf(outsider.id), REQUEST, {
      input: { eventId, fromOrganizationId: outsider.id, toOrganizationId: igbt.id },
    });
    const noReason = await client.executeAs(memberOf(igbt.id), RESPOND_MEETING, {
      input: { eventId, meetingId: asked.id, response: 'DECLINE' },
    });
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const declined = await ok(client, memberOf(igbt.id), RESPOND_MEETING, {
      input: { eventId, meetingId: asked.id, response: 'DECLINE', declineReason: 'NO_CAPACITY' },
    });
    expect(declined).toEqual({ id: asked.id, status: 'DECLINED', declineReason: 'NO_CAPACITY' });
  });
});
