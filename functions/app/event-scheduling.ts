/**
 * Scheduling use cases. scheduleEvent (administrators) runs the scheduler
 * (core/events/scheduler.ts) over the event's accepted meetings and writes
 * only the difference: meetings whose place is gone are released first, then
 * new and moved meetings are booked, each booking one conditional
 * transaction (store/event-repository.ts). A booking that loses to a
 * concurrent one (a participant booking by hand meanwhile) is reported as
 * BOOKING_CONFLICT, never written twice. A meeting released to move carries
 * the place it left (`movingFrom`) until it is booked again, so its
 * participants hear of one move, not of a release and a booking.
 * bookMeetingSlot lets a participant book a free slot directly.
 */
import { BadUserInputError, ConflictError } from '../core/errors.js';
import { slotsOf } from '../core/events/event-slots.js';
import { assertAccepted, placedAt, released, type MeetingRequest } from '../core/events/meeting-request.js';
import { availableSlotIds } from '../core/events/participation.js';
import { scheduleMeetings } from '../core/events/scheduler.js';
import { schedulingProblemOf } from '../core/events/scheduling-input.js';
import type { Placement, Unscheduled } from '../core/events/scheduling-problem.js';
import type { AppRequest } from './app-request.js';
import { assertActsFor, assertAdministrator, eventFor, participationFor } from './event-access.js';
import { meetingFor } from './meeting-requests.js';

/** Bookings written at once (each a small transaction in the event's partition). */
const WRITE_CONCURRENCY = 16;

export interface SchedulingReport {
  eventId: string;
  /** Accepted meetings considered. */
  accepted: number;
  /** Meetings with a place after the run. */
  scheduled: number;
  /** Meetings placed for the first time in this run. */
  placed: number;
  /** Meetings that had a place and got another one (or lost theirs). */
  moved: number;
  /** Meetings without a place, with the reason. */
  unscheduled: Unscheduled[];
  /** The sum of the fit scores of the scheduled meetings. */
  totalFit: number;
}

/** Runs `work` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++];
      if (item !== undefined) await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

const samePlace = (a: Placement | undefined, b: Placement | undefined): boolean =>
  a !== undefined && b !== undefined && a.slotId === b.slotId && a.table === b.table;

/**
 * A meeting released to move whose booking lost: it keeps no place, and
 * writing that (without `movingFrom`) tells its participants it is
 * unscheduled. A concurrent change of it (which tells them itself) wins.
 */
async function giveUpMove(request: AppRequest, meeting: MeetingRequest): Promise<void> {
  if (meeting.movingFrom) await request.store.events.replaceMeeting(meeting, released(meeting, request.now, false));
}

/** Schedules (or reschedules) an event's accepted meetings, moving only those that must move. */
export async function scheduleEvent(request: AppRequest, eventId: string): Promise<SchedulingReport> {
  assertAdministrator(request.principal);
  const event = await eventFor(request, eventId);
  const [participations, meetings] = await Promise.all([
    request.store.events.participations(eventId),
    request.store.events.meetings(eventId),
  ]);
  const problem = schedulingProblemOf(event, participations, meetings);
  const schedule = scheduleMeetings(problem);
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const accepted = problem.meetings.map((m) => byId.get(m.id)).filter((m): m is MeetingRequest => m !== undefined);
  const changing = accepted.filter((m) => !samePlace(m.placement, schedule.placements.get(m.id)));
  const unscheduled = [...schedule.unscheduled];
  const current = new Map<string, MeetingRequest>();
  // Release first, so a meeting can move into a place another one leaves.
  // A meeting a crashed run left moving, and that now gets no place, is given up the same way.
  await eachLimited(
    changing.filter((m) => m.placement || (m.movingFrom && !schedule.placements.has(m.id))),
    WRITE_CONCURRENCY,
    async (meeting) => {
      const next = released(meeting, request.now, schedule.placements.has(meeting.id));
      if (await request.store.events.replaceMeeting(meeting, next)) current.set(meeting.id, next);
      else unscheduled.push({ meetingId: meeting.id, reason: 'BOOKING_CONFLICT' });
    },
  );
  let placed = 0;
  await eachLimited(
    changing.filter((m) => schedule.placements.has(m.id)),
    WRITE_CONCURRENCY,
    async (meeting) => {
      const read = current.get(meeting.id) ?? (meeting.placement ? undefined : meeting);
      const place = schedule.placements.get(meeting.id);
      if (!read || !place) return;
      const outcome = await request.store.events.book(read, placedAt(read, { ...place, bookedByHand: false }, request.now));
      if (outcome.booked) placed += meeting.placement ? 0 : 1;
      else {
        unscheduled.push({ meetingId: meeting.id, reason: 'BOOKING_CONFLICT' });
        await giveUpMove(request, read);
      }
    },
  );
  const failed = new Set(unscheduled.filter((u) => u.reason === 'BOOKING_CONFLICT').map((u) => u.meetingId));
  const scheduled = accepted.filter((m) => schedule.placements.has(m.id) && !failed.has(m.id));
  return {
    eventId,
    accepted: accepted.length,
    scheduled: scheduled.length,
    placed,
    moved: changing.filter((m) => m.placement !== undefined).length,
    unscheduled,
    totalFit: Math.round(scheduled.reduce((sum, m) => sum + m.fit, 0) * 1000) / 1000,
  };
}

export interface SlotBooking {
  eventId: string;
  meetingId: string;
  slotId: string;
  /** A table of the event; the first free one when absent. */
  table?: string;
  /** The participant booking. */
  organizationId: string;
}

/** A participant books a free slot for an accepted meeting (or moves it there). */
export async function bookMeetingSlot(request: AppRequest, booking: SlotBooking): Promise<MeetingRequest> {
  assertActsFor(request.principal, booking.organizationId);
  const event = await eventFor(request, booking.eventId);
  const meeting = await meetingFor(request, booking.eventId, booking.meetingId);
  if (booking.organizationId !== meeting.fromOrganizationId && booking.organizationId !== meeting.toOrganizationId) {
    throw new BadUserInputError(`${booking.organizationId} is not a party to meeting ${meeting.id}`, 'input.organizationId');
  }
  assertAccepted(meeting);
  const slots = slotsOf(event);
  if (!slots.some((slot) => slot.id === booking.slotId)) throw new BadUserInputError(`is not a slot of event ${event.id}`, 'input.slotId');
  if (booking.table !== undefined && !event.tables.includes(booking.table))
    throw new BadUserInputError(`is not a table of event ${event.id}`, 'input.table');
  const [from, to] = await Promise.all([
    participationFor(request, event.id, meeting.fromOrganizationId),
    participationFor(request, event.id, meeting.toOrganizationId),
  ]);
  for (const participation of [from, to]) {
    if (!availableSlotIds(slots, participation.availability).has(booking.slotId)) {
      throw new BadUserInputError(`${participation.organizationId} is not available at ${booking.slotId}`, 'input.slotId');
    }
  }
  for (const table of booking.table !== undefined ? [booking.table] : event.tables) {
    const next = placedAt(meeting, { slotId: booking.slotId, table, bookedByHand: true }, request.now);
    const outcome = await request.store.events.book(meeting, next);
    if (outcome.booked) return next;
    if (outcome.taken === 'MEETING_CHANGED')
      throw new ConflictError(`Meeting ${meeting.id} changed meanwhile; reload it`, { reason: 'MEETING_CHANGED' });
    if (outcome.taken === 'PARTICIPANT') {
      throw new ConflictError(`A participant of meeting ${meeting.id} already has a meeting at ${booking.slotId}`, {
        reason: 'PARTICIPANT_BUSY',
      });
    }
  }
  throw new ConflictError(`No table is free at ${booking.slotId}${booking.table ? ` (${booking.table} is taken)` : ''}`, {
    reason: 'SLOT_TAKEN',
  });
}
