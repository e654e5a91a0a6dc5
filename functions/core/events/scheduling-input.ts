/**
 * Builds the scheduler's problem from what the store holds: the event's slots
 * and tables, each participation's available slots and meeting limit, and the
 * accepted meeting requests with their fit and current placement.
 */
import type { MatchmakingEvent } from './event-definition.js';
import { slotsOf } from './event-slots.js';
import type { MeetingRequest } from './meeting-request.js';
import { availableSlotIds, type Participation } from './participation.js';
import type { SchedulableMeeting, SchedulingParticipant, SchedulingProblem } from './scheduling-problem.js';

/** The scheduling problem of an event: accepted meetings between registered participants only. */
export function schedulingProblemOf(
  event: Pick<MatchmakingEvent, 'days' | 'slotMinutes' | 'utcOffset' | 'tables'>,
  participations: readonly Participation[],
  requests: readonly MeetingRequest[],
): SchedulingProblem {
  const slots = slotsOf(event);
  const participants = new Map<string, SchedulingParticipant>(
    participations.map((p) => [p.organizationId, { available: availableSlotIds(slots, p.availability), maxMeetings: p.meetingsWanted }]),
  );
  const meetings: SchedulableMeeting[] = requests
    .filter((r) => r.status === 'ACCEPTED' && participants.has(r.fromOrganizationId) && participants.has(r.toOrganizationId))
    .map((r) => ({
      id: r.id,
      participants: [r.fromOrganizationId, r.toOrganizationId] as const,
      fit: r.fit,
      requestedAt: r.requestedAt,
      ...(r.placement ? { current: { slotId: r.placement.slotId, table: r.placement.table }, bookedByHand: r.placement.bookedByHand } : {}),
    }));
  return { slots: slots.map((slot) => slot.id), tables: event.tables, participants, meetings };
}
