import { importEvent } from '../../functions/store/event-import.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { ADMIN } from '../support/match-scenario.js';
import { ANONYMOUS } from '../../functions/core/access/principal.js';
import { generateEvent } from '../support/event-generator.js';

const CREATE = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id version slots { id startsAt } } }`;
const SCHEDULE = `mutation($input: ScheduleEventInput!) { scheduleEvent(input: $input) { accepted scheduled placed moved unscheduled { reason } } }`;

describe('matchmaking events through GraphQL', () => {
  let table: TestTable;
  let client: GraphQLClient;

  beforeAll(async () => {
    table = await createTestTable('events-graphql');
    client = await graphqlClient(table.store);
  });
  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('lets an administrator define an event that anyone then reads, with its slots around the breaks', async () => {
    const created = await client.executeAs<{ createEvent: { id: string; slots: { id: string; startsAt: string }[] } }>(ADMIN, CREATE, {
      input: {
        name: { en: 'Exchange day', zh: '交流日', ko: '교류의 날' },
        venue: { kind: 'IN_PERSON', address: { en: 'Expo Center, Hall 3' } },
        utcOffset: '+08:00',
        days: [{ date: '2026-08-27', start: '09:00', end: '10:40', breaks: [{ start: '09:40', end: '10:00' }] }],
        slotMinutes: 20,
        tables: ['A1', 'A2'],
        registrationOpensAt: '2026-06-01T00:00:00Z',
        registrationClosesAt: '2026-08-20T00:00:00Z',
        focusChainGroupIds: ['equipment-manufacturing'],
      },
    });
    expect(created.errors).toBeUndefined();
    const slots = created.data?.createEvent.slots.map((s) => s.id);
    expect(slots).toEqual(['2026-08-27T09:00', '2026-08-27T09:20', '2026-08-27T10:00', '2026-08-27T10:20']);
    expect(created.data?.createEvent.slots[0]?.startsAt).toBe('2026-08-27T01:00:00.000Z');
    const read = await client.executeAs<{ events: { id: string; name: { ko: string } }[] }>(ANONYMOUS, '{ events { id name { ko } } }');
    expect(read.data?.events).toContainEqual({ id: created.data?.createEvent.id, name: { ko: '교류의 날' } });
  });

  it('answers every problem of a definition with its field path', async () => {
    const result = await client.executeAs(ADMIN, CREATE, {
      input: {
        name: { en: 'Bad' },
        venue: { kind: 'ONLINE' },
        utcOffset: '+08:00',
        days: [{ date: '2026-08-27', start: '09:00', end: '12:00' }],
        slotMinutes: 2,
        tables: ['A1'],
        registrationOpensAt: '2026-06-01T00:00:00Z',
        registrationClosesAt: '2026-08-20T00:00:00Z',
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const problems = (result.errors?.[0]?.extensions?.problems as { path: string }[]).map((p) => p.path);
    expect(problems).toEqual(['input.venue.url', 'input.slotMinutes']);
  });

  it('schedules an event and reports what it did', async () => {
    const generated = generateEvent('event-graphql-schedule', {
      participants: 20,
      days: 1,
      tables: 3,
      slotMinutes: 20,
      acceptedRequests: 40,
    });
    await importEvent(table.store, generated.event, generated.participations, generated.requests);
    const first = await client.executeAs<{ scheduleEvent: { accepted: number; scheduled: number; placed: number; moved: number } }>(
      ADMIN,
      SCHEDULE,
      {
        input: { eventId: generated.event.id },
      },
    );
    expect(first.errors).toBeUndefined();
    expect(first.data?.scheduleEvent).toMatchObject({ accepted: 40, moved: 0 });
    expect(first.data?.scheduleEvent.placed).toBe(first.data?.scheduleEvent.scheduled);
    const again = await client.executeAs<{ scheduleEvent: { placed: number; moved: number } }>(ADMIN, SCHEDULE, {
      input: { eventId: generated.event.id },
    });
    expect(again.data?.scheduleEvent).toMatchObject({ placed: 0, moved: 0 });
  });
});
