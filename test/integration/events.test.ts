import { importEvent } from '../../functions/store/event-import.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import nodeIcal, { type VEvent } from 'node-ical';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { allItems } from '../support/table-contents.js';
import { anEventDraft, generateEvent } from '../support/event-generator.js';
import { ADMIN, aDriveMaker, anIgbtMaker, memberOf } from '../support/match-scenario.js';
import { storeMembershipsOf } from '../support/memberships.js';
import { createAppRequest, type AppRequest } from '../../functions/app/app-request.js';
import type { Principal } from '../../functions/core/access/principal.js';
import { createEvent } from '../../functions/app/events.js';
import { checkIn, registerForEvent, type Registration } from '../../functions/app/event-participation.js';
import { cancelMeeting, recordMeetingHeld, requestMeeting, respondToMeetingRequest } from '../../functions/app/meeting-requests.js';
import { bookMeetingSlot, scheduleEvent } from '../../functions/app/event-scheduling.js';
import { agendaOf } from '../../functions/app/event-agenda.js';
import { agendaCalendar } from '../../functions/app/event-agenda-calendar.js';
import { suggestedMeetings } from '../../functions/app/event-suggestions.js';
import { eventStatistics } from '../../functions/app/event-statistics.js';
import { expressInterest, respondToInterest } from '../../functions/app/matches.js';
import { scheduleViolations } from '../../functions/core/events/schedule-validator.js';
import { schedulingProblemOf } from '../../functions/core/events/scheduling-input.js';
import { movedMeetings, type Placement } from '../../functions/core/events/scheduling-problem.js';
import { slotsOf } from '../../functions/core/events/event-slots.js';
import type { MatchmakingEvent } from '../../functions/core/events/event-definition.js';
import type { MeetingRequest } from '../../functions/core/events/meeting-request.js';
import type { Organization } from '../../functions/core/organization.js';
import type { ChainfitError } from '../../functions/core/errors.js';
import { matchIdentity } from '../../functions/core/match/match-identity.js';

const IN_WINDOW = new Date('2026-07-01T00:00:00Z');

describe('matchmaking events on DynamoDB Local', () => {
  let table: TestTable;
  const as = (principal: Principal, now: Date = IN_WINDOW): AppRequest =>
    createAppRequest({ store: table.store, principal, now, locale: 'en' });
  const codeOf = async (promise: Promise<unknown>): Promise<{ code: string; details: Record<string, unknown> }> => {
    try {
      await promise;
    } catch (error) {
      const { code, details } = error as ChainfitError;
      return { code, details };
    }
    throw new Error('expected the call to fail');
  };
  const placementsOf = (meetings: readonly MeetingRequest[]): Map<string, Placement> =>
    new Map(meetings.flatMap((m) => (m.placement ? [[m.id, { slotId: m.placement.slotId, table: m.placement.table }] as const] : [])));

  beforeAll(async () => {
    table = await createTestTable('events');
  });
  afterAll(async () => {
    await table.drop();
  });

  describe('registration', () => {
    let event: MatchmakingEvent;
    let igbt: Organization;
    const registration = (overrides: Partial<Registration> = {}): Registration => ({
      eventId: event.id,
      organizationId: igbt.id,
      attendees: [{ name: 'Kim Minjun', title: 'Sales director' }],
      availability: [{ date: '2026-08-27', from: '09:00', to: '12:00' }],
      meetingsWanted: 5,
      autoAcceptMutualMatches: false,
      ...overrides,
    });

    beforeAll(async () => {
      event = await createEvent(as(ADMIN), anEventDraft());
      igbt = await anIgbtMaker(table.store);
      await storeMembershipsOf(table.store, memberOf(igbt.id));
    });

    it('is refused before the window opens and after it closes, and accepted within it', async () => {
      const member = memberOf(igbt.id);
      expect(await codeOf(registerForEvent(as(member, new Date('2026-05-31T23:59:59Z')), registration()))).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'REGISTRATION_CLOSED' },
      });
      expect(await codeOf(registerForEvent(as(member, new Date('2026-08-20T00:00:00Z')), registration()))).toMatchObject({
        code: 'CONFLICT',
        details: { reason: 'REGISTRATION_CLOSED' },
      });
      expect(await table.store.events.participation(event.id, igbt.id)).toBeNull();
      const registered = await registerForEvent(as(member), registration());
      expect(await table.store.events.participation(event.id, igbt.id)).toEqual(registered);
    });

    it('refuses availability outside the event days and hours, with the field path, and writes nothing', async () => {
      const before = await table.store.events.participation(event.id, igbt.id);
      const failure = await codeOf(
        registerForEvent(as(memberOf(igbt.id)), registration({ availability: [{ date: '2026-08-27', from: '07:00', to: '10:00' }] })),
      );
      expect(failure).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.availability[0]' } });
      expect(await table.store.events.participation(event.id, igbt.id)).toEqual(before);
    });

    it('lets only members of the organization (and administrators) register it', async () => {
      const stranger = memberOf('org-someone-else');
      expect((await codeOf(registerForEvent(as(stranger), registration()))).code).toBe('FORBIDDEN');
      expect((await codeOf(createEvent(as(memberOf(igbt.id)), anEventDraft()))).code).toBe('FORBIDDEN');
    });
  });

  describe('meeting requests, agenda and .ics', () => {
    let event: MatchmakingEvent;
    let igbt: Organization;
    let drive: Organization;
    let otherDrive: Organization;
    const register = (org: Organization, autoAcceptMutualMatches: boolean): Promise<unknown> =>
      registerForEvent(as(memberOf(org.id)), {
        eventId: event.id,
        organizationId: org.id,
        attendees: [{ name: `Delegate of ${org.id}` }],
        availability: [{ date: '2026-08-27', from: '09:00', to: '17:00' }],
        meetingsWanted: 4,
        autoAcceptMutualMatches,
      });

    beforeAll(async () => {
      event = await createEvent(as(ADMIN), anEventDraft({}, { days: 1, tables: 2 }));
      igbt = await anIgbtMaker(table.store);
      drive = await aDriveMaker(table.store);
      otherDrive = await aDriveMaker(table.store);
      for (const org of [igbt, drive, otherDrive]) await storeMembershipsOf(table.store, memberOf(org.id));
      await register(igbt, true);
      await register(drive, true);
      await register(otherDrive, false);
    });

    it('suggests the participants that fit by the fit model, with the explanation', async () => {
      const suggestions = await suggestedMeetings(as(memberOf(igbt.id)), event.id, igbt.id, 5);
      expect(suggestions.map((s) => s.partner.id).sort()).toEqual([drive.id, otherDrive.id].sort());
      expect(suggestions[0]?.assessed.fit.score).toBeGreaterThan(0.5);
    });

    it('accepts a request at once when the pair has a MUTUAL match and both opted in; otherwise the receiver answers', async () => {
      const match = await expressInterest(as(memberOf(igbt.id)), {
        fromOrganizationId: igbt.id,
        toOrganizationId: drive.id,
        message: 'Hello',
      });
      await respondToInterest(as(memberOf(drive.id)), { matchId: match.id, response: 'ACCEPT' });
      const auto = await requestMeeting(as(memberOf(igbt.id)), {
        eventId: event.id,
        fromOrganizationId: igbt.id,
        toOrganizationId: drive.id,
        message: 'Meet at the expo?',
      });
      expect(auto).toMatchObject({ status: 'ACCEPTED', autoAccepted: true });
      const asked = await requestMeeting(as(memberOf(igbt.id)), {
        eventId: event.id,
        fromOrganizationId: igbt.id,
        toOrganizationId: otherDrive.id,
        message: 'Meet?',
      });
      expect(asked.status).toBe('REQUESTED');
      expect(
        (await codeOf(respondToMeetingRequest(as(memberOf(igbt.id)), { eventId: event.id, meetingId: asked.id, response: 'ACCEPT' }))).code,
      ).toBe('FORBIDDEN');
      const noReason = await codeOf(
        respondToMeetingRequest(as(memberOf(otherDrive.id)), { eventId: event.id, meetingId: asked.id, response: 'DECLINE' }),
      );
      expect(noReason).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'input.declineReason' } });
      const accepted = await respondToMeetingRequest(as(memberOf(otherDrive.id)), {
        eventId: event.id,
        meetingId: asked.id,
        response: 'ACCEPT',
      });
      expect(accepted.status).toBe('ACCEPTED');
      const again = await codeOf(
        requestMeeting(as(memberOf(otherDrive.id)), {
          eventId: event.id,
          fromOrganizationId: otherDrive.id,
          toOrganizationId: igbt.id,
          message: 'x',
        }),
      );
      expect(again).toMatchObject({ code: 'CONFLICT', details: { reason: 'MEETING_REQUEST_EXISTS' } });
    });

    it('schedules both meetings, gives an agenda in the reader language, and an .ics a calendar parser reads', async () => {
      const report = await scheduleEvent(as(ADMIN), event.id);
      expect(report).toMatchObject({ accepted: 2, scheduled: 2, placed: 2, moved: 0, unscheduled: [] });
      const agenda = await agendaOf(as(memberOf(igbt.id)), event.id, igbt.id, 'zh');
      expect(agenda.entries).toHaveLength(2);
      expect(agenda.entries[0]?.whyTheyFit).toMatch(/[\u4e00-\u9fff]/);
      const parsed = Object.values(nodeIcal.sync.parseICS(agendaCalendar(agenda))).filter(
        (c): c is VEvent => c !== undefined && c.type === 'VEVENT',
      );
      expect(parsed).toHaveLength(2);
      const byUid = new Map(parsed.map((c) => [c.uid, c]));
      for (const entry of agenda.entries) {
        const vevent = byUid.get(`${entry.meeting.id}@chainfit`);
        expect(vevent?.start.toISOString()).toBe(entry.slot.startsAt);
        expect(vevent?.end?.toISOString()).toBe(entry.slot.endsAt);
        expect(vevent?.summary).toContain(entry.partner.name.zh ?? entry.partner.name.en);
        expect(vevent?.location).toContain(entry.table);
      }
    });

    it('records a held meeting as MEETING_HELD on the pair match, and counts it in the event statistics', async () => {
      const [first] = (await agendaOf(as(memberOf(igbt.id)), event.id, igbt.id)).entries.filter((e) => e.partner.id === drive.id);
      await checkIn(as(memberOf(igbt.id)), event.id, igbt.id);
      await recordMeetingHeld(as(memberOf(igbt.id)), event.id, first!.meeting.id, igbt.id);
      const statistics = (await eventStatistics(as(ADMIN))).find((s) => s.eventId === event.id);
      expect(statistics).toMatchObject({
        participants: 3,
        checkedIn: 1,
        meetingsRequested: 2,
        meetingsAccepted: 2,
        meetingsScheduled: 2,
        meetingsHeld: 1,
      });
      expect((await table.store.matches.getByIdentity(matchIdentity(igbt.id, drive.id)))?.outcome).toBe('MEETING_HELD');
    });
  });

  describe('bookings under concurrency', () => {
    it('lets exactly one of 50 concurrent bookings of the same slot and table through', async () => {
      const generated = generateEvent('event-concurrent-table', {
        participants: 100,
        days: 1,
        tables: 1,
        slotMinutes: 20,
        acceptedRequests: 0,
      });
      const meetings = Array.from({ length: 50 }, (_, i) =>
        acceptedMeeting(
          generated.event.id,
          i,
          `gen-org-${String(2 * i).padStart(5, '0')}`,
          `gen-org-${String(2 * i + 1).padStart(5, '0')}`,
        ),
      );
      const everywhere = generated.participations.map((p) => ({
        ...p,
        availability: [{ date: '2026-08-27', from: '09:00', to: '17:00' }],
      }));
      await importEvent(table.store, generated.event, everywhere, meetings);
      const slotId = '2026-08-27T09:00';
      const outcomes = await Promise.allSettled(
        meetings.map((m) =>
          bookMeetingSlot(as(ADMIN), {
            eventId: generated.event.id,
            meetingId: m.id,
            slotId,
            table: 'T01',
            organizationId: m.fromOrganizationId,
          }),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o.reason as ChainfitError).code)).toEqual(
        Array(49).fill('CONFLICT'),
      );
      const stored = await table.store.events.meetings(generated.event.id);
      expect(stored.filter((m) => m.placement)).toHaveLength(1);
      const reservations = (await allItems(table)).filter(
        (item) => item.pk === `EVENT#${generated.event.id}` && String(item.sk).startsWith(`SLOT#${slotId}`),
      );
      expect(reservations).toHaveLength(3);
    });

    it('lets exactly one of 50 concurrent bookings of the same participant in a slot through, tables to spare', async () => {
      const generated = generateEvent('event-concurrent-person', {
        participants: 51,
        days: 1,
        tables: 50,
        slotMinutes: 20,
        acceptedRequests: 0,
      });
      const busy = 'gen-org-00000';
      const meetings = Array.from({ length: 50 }, (_, i) =>
        acceptedMeeting(generated.event.id, i, busy, `gen-org-${String(i + 1).padStart(5, '0')}`),
      );
      const everywhere = generated.participations.map((p) => ({
        ...p,
        availability: [{ date: '2026-08-27', from: '09:00', to: '17:00' }],
      }));
      await importEvent(table.store, generated.event, everywhere, meetings);
      const outcomes = await Promise.allSettled(
        meetings.map((m, i) =>
          bookMeetingSlot(as(ADMIN), {
            eventId: generated.event.id,
            meetingId: m.id,
            slotId: '2026-08-27T09:00',
            table: `T${String(i + 1).padStart(2, '0')}`,
            organizationId: busy,
          }),
        ),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect((await table.store.events.meetings(generated.event.id)).filter((m) => m.placement)).toHaveLength(1);
    });
  });

  describe('scheduling a generated expo: 200 participants, 2 days, 30 tables, 20-minute slots, 1,500 accepted requests', () => {
    const eventId = 'event-generated-expo';
    let generated: ReturnType<typeof generateEvent>;

    beforeAll(async () => {
      generated = generateEvent(eventId, { participants: 200, days: 2, tables: 30, slotMinutes: 20, acceptedRequests: 1500 });
      await importEvent(table.store, generated.event, generated.participations, generated.requests);
    });

    const storedProblem = async () => {
      const [participations, meetings] = await Promise.all([
        table.store.events.participations(eventId),
        table.store.events.meetings(eventId),
      ]);
      return { problem: schedulingProblemOf(generated.event, participations, meetings), meetings };
    };

    it('places every meeting it can, with no person or table booked twice (checked by the independent validator)', async () => {
      const report = await scheduleEvent(as(ADMIN), eventId);
      const { problem, meetings } = await storedProblem();
      const placements = placementsOf(meetings);
      expect(scheduleViolations(problem, placements)).toEqual([]);
      expect(report.scheduled).toBe(placements.size);
      expect(report.scheduled + report.unscheduled.length).toBe(1500);
      expect(report.unscheduled.every((u) => u.reason !== 'BOOKING_CONFLICT')).toBe(true);
      // Every placement holds its three reservations and no reservation is left without one.
      const reservations = (await allItems(table)).filter((item) => item.pk === `EVENT#${eventId}` && String(item.sk).startsWith('SLOT#'));
      expect(reservations).toHaveLength(3 * placements.size);
      expect(report.scheduled).toBeLessThanOrEqual(slotsOf(generated.event).length * 30);
    });

    it('moves no meeting when rerun after one cancellation, and only the meetings it must after an availability change', async () => {
      const before = placementsOf(await table.store.events.meetings(eventId));
      const [cancelledId] = [...before.keys()];
      const cancelled = generated.requests.find((r) => r.id === cancelledId)!;
      await cancelMeeting(as(ADMIN), eventId, cancelled.id, cancelled.fromOrganizationId);
      const rerun = await scheduleEvent(as(ADMIN), eventId);
      expect(rerun.moved).toBe(0);
      const afterCancellation = placementsOf(await table.store.events.meetings(eventId));
      before.delete(cancelled.id);
      expect(movedMeetings(before, afterCancellation)).toEqual([]);
      expect(scheduleViolations((await storedProblem()).problem, afterCancellation)).toEqual([]);

      // A participant leaves on the afternoon of day 1: only its meetings in those slots may move.
      const leaver = generated.participations.find((p) => p.availability.length === 2 && p.availability[0]?.to === '17:00')!;
      await table.store.events.putParticipation({
        ...leaver,
        availability: [{ date: '2026-08-27', from: '09:00', to: '12:00' }, leaver.availability[1]!],
      });
      const mustMove = [...afterCancellation].filter(([id, place]) => {
        const request = generated.requests.find((r) => r.id === id)!;
        const involved = request.fromOrganizationId === leaver.organizationId || request.toOrganizationId === leaver.organizationId;
        return involved && place.slotId.startsWith('2026-08-27') && place.slotId.slice(11) >= '12:00';
      });
      const third = await scheduleEvent(as(ADMIN), eventId);
      const afterChange = placementsOf(await table.store.events.meetings(eventId));
      const moved = movedMeetings(afterCancellation, afterChange);
      expect(moved.sort()).toEqual(mustMove.map(([id]) => id).sort());
      expect(third.moved).toBe(mustMove.length);
      expect(scheduleViolations((await storedProblem()).problem, afterChange)).toEqual([]);
    });
  });
});

function acceptedMeeting(eventId: string, i: number, from: string, to: string): MeetingRequest {
  return {
    id: `meeting-${eventId}-${i}`,
    eventId,
    fromOrganizationId: from,
    toOrganizationId: to,
    message: 'Meet?',
    status: 'ACCEPTED',
    fit: 0.5,
    requestedBy: 'subject',
    requestedAt: '2026-06-03T00:00:00.000Z',
    autoAccepted: false,
    version: 2,
  };
}
