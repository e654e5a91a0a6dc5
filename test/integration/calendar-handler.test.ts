import nodeIcal, { type VEvent } from 'node-ical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Handler } from 'aws-lambda';
import { createAppRequest } from '../../functions/app/app-request.js';
import { bookMeetingSlot } from '../../functions/app/event-scheduling.js';
import { requestMeeting, respondToMeetingRequest } from '../../functions/app/meeting-requests.js';
import { httpApiEvent, lambdaContext } from '../support/api-gateway-event.js';
import { aParticipation, OPEN_WINDOW } from '../support/event-scenario.js';
import { anEvent } from '../support/event-generator.js';
import { ADMIN, aDriveMaker, anIgbtMaker, memberOf } from '../support/match-scenario.js';
import { storeMembershipsOf } from '../support/memberships.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

/**
 * The calendar Lambda (functions/calendar/handler.ts) as API Gateway invokes it for
 * GET /events/{eventId}/agenda.ics: JWT-authorizer claims in the v2 event, the table a DynamoDB Local one.
 */
describe('the calendar Lambda', () => {
  let table: TestTable;
  let invoke: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;
  let igbt: string;
  let meetingId: string;
  const eventId = 'event-calendar-lambda';

  const agendaEvent = (claims: Record<string, string> | undefined, query: Record<string, string>): APIGatewayProxyEventV2 => ({
    ...httpApiEvent({ method: 'GET', query, ...(claims ? { claims } : {}) }),
    routeKey: 'GET /events/{eventId}/agenda.ics',
    rawPath: `/events/${eventId}/agenda.ics`,
    pathParameters: { eventId },
  });

  beforeAll(async () => {
    table = await createTestTable('calendar-handler');
    process.env.TABLE_NAME = table.tableName;
    process.env.DYNAMODB_ENDPOINT = table.endpoint;
    process.env.AWS_REGION = 'local';
    const { handler } = (await import('../../functions/calendar/handler.js')) as unknown as { handler: Handler };
    invoke = async (event) => (await handler(event, lambdaContext(), () => undefined)) as APIGatewayProxyStructuredResultV2;
    const [a, b] = [await anIgbtMaker(table.store), await aDriveMaker(table.store)];
    igbt = a.id;
    await table.store.events.createEvent(anEvent(eventId, OPEN_WINDOW, { days: 1, tables: 2 }));
    await table.store.events.putParticipation(aParticipation(eventId, a.id));
    await table.store.events.putParticipation(aParticipation(eventId, b.id));
    const request = createAppRequest({ store: table.store, principal: ADMIN, now: new Date(), locale: 'en' });
    const asked = await requestMeeting(request, { eventId, fromOrganizationId: a.id, toOrganizationId: b.id, message: 'Meet?' });
    await respondToMeetingRequest(request, { eventId, meetingId: asked.id, response: 'ACCEPT' });
    await bookMeetingSlot(request, { eventId, meetingId: asked.id, organizationId: a.id, slotId: '2026-08-27T09:20', table: 'T02' });
    meetingId = asked.id;
    await storeMembershipsOf(table.store, memberOf(a.id));
  });
  afterAll(async () => {
    await table.drop();
  });

  const memberClaims = () => ({ sub: `member-of-${igbt}`, 'cognito:username': `member-of-${igbt}`, token_use: 'id' });

  it("answers a member's agenda as iCalendar in the asked language", async () => {
    const response = await invoke(agendaEvent(memberClaims(), { organizationId: igbt, locale: 'zh' }));
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['content-type']).toBe('text/calendar; charset=utf-8');
    const events = Object.values(nodeIcal.sync.parseICS(response.body ?? '')).filter((c): c is VEvent => c?.type === 'VEVENT');
    expect(events.map((e) => e.uid)).toEqual([`${meetingId}@chainfit`]);
    expect(events[0]?.start.toISOString()).toBe('2026-08-27T01:20:00.000Z');
    expect(events[0]?.location).toContain('T02');
    expect(events[0]?.summary).toContain('洽谈');
  });

  it('refuses a caller who is not a member of the participant, and a request without the participant', async () => {
    const stranger = { sub: 'stranger', 'cognito:username': 'stranger', token_use: 'id' };
    expect((await invoke(agendaEvent(stranger, { organizationId: igbt }))).statusCode).toBe(403);
    expect((await invoke(agendaEvent(memberClaims(), {}))).statusCode).toBe(400);
    expect((await invoke(agendaEvent(memberClaims(), { organizationId: igbt, locale: 'fr' }))).statusCode).toBe(400);
  });
});
