/**
 * Domain events of a meeting request's change (one version of the item to
 * the next): who must hear what about their meeting at a matchmaking event.
 *
 * A status change is told to the side that did not make it: a request to the
 * requested participant, an answer to the requester, a cancellation to the
 * other participant, an automatic acceptance (MUTUAL match) to both. While a
 * meeting stays accepted, a change of its place is told to both: scheduled,
 * moved (another slot or table), unscheduled. The place compared is the one
 * the participants were last told of (`movingFrom` while a scheduler run
 * moves the meeting), so the release and the booking of one move make one
 * MEETING_MOVED, a release that is booked back into the same place makes
 * none, and any other change (held, version, hand-booking flag) makes none.
 */
import type { MeetingRequest } from '../events/meeting-request.js';
import type { Placement } from '../events/scheduling-problem.js';
import type { DomainEvent, MeetingNotificationKind } from './notification.js';

/** When a version was written: its own time, else (older items) when it was answered or asked. */
const changedAt = (meeting: MeetingRequest): string => meeting.updatedAt ?? meeting.respondedAt ?? meeting.requestedAt;

/** The place the participants were last told of: the booked one, or the one a move in progress left. */
const announcedPlaceOf = (meeting: MeetingRequest): Placement | undefined => meeting.placement ?? meeting.movingFrom;

const samePlace = (a: Placement | undefined, b: Placement | undefined): boolean => a?.slotId === b?.slotId && a?.table === b?.table;

/** The event of `kind` for participant `party` about the other participant (and `place`, when given). */
function toParticipant(meeting: MeetingRequest, party: string, kind: MeetingNotificationKind, place?: Placement): DomainEvent {
  const other = party === meeting.fromOrganizationId ? meeting.toOrganizationId : meeting.fromOrganizationId;
  return {
    kind,
    recipient: { organizationId: party },
    occurredAt: changedAt(meeting),
    relatedOrganizationId: other,
    eventId: meeting.eventId,
    meetingId: meeting.id,
    ...(place ? { meetingSlotId: place.slotId, meetingTable: place.table } : {}),
    ...(kind === 'MEETING_DECLINED' && meeting.declineReason ? { declineReason: meeting.declineReason } : {}),
  };
}

const toBoth = (meeting: MeetingRequest, kind: MeetingNotificationKind, place?: Placement): DomainEvent[] => [
  toParticipant(meeting, meeting.fromOrganizationId, kind, place),
  toParticipant(meeting, meeting.toOrganizationId, kind, place),
];

/** A new request: asked (to the requested participant) or accepted at once (to both). */
function creationEvents(meeting: MeetingRequest): DomainEvent[] {
  if (meeting.status === 'REQUESTED') return [toParticipant(meeting, meeting.toOrganizationId, 'MEETING_REQUESTED')];
  if (meeting.status === 'ACCEPTED' && meeting.autoAccepted) return toBoth(meeting, 'MEETING_AUTO_ACCEPTED');
  return [];
}

/** A status transition, told to the side that did not make it. */
function statusEvents(before: MeetingRequest, after: MeetingRequest): DomainEvent[] {
  switch (after.status) {
    case 'ACCEPTED':
      return before.status === 'REQUESTED' ? [toParticipant(after, after.fromOrganizationId, 'MEETING_ACCEPTED')] : [];
    case 'DECLINED':
      return [toParticipant(after, after.fromOrganizationId, 'MEETING_DECLINED')];
    case 'CANCELLED': {
      // Older items do not say who cancelled: then both hear of it.
      const others = [after.fromOrganizationId, after.toOrganizationId].filter((party) => party !== after.cancelledBy);
      return others.map((party) => toParticipant(after, party, 'MEETING_CANCELLED'));
    }
    default:
      return [];
  }
}

/** A change of an accepted meeting's place, told to both. */
function placeEvents(before: MeetingRequest, after: MeetingRequest): DomainEvent[] {
  const was = announcedPlaceOf(before);
  const is = announcedPlaceOf(after);
  if (samePlace(was, is)) return [];
  if (!is) return toBoth(after, 'MEETING_UNSCHEDULED', was);
  return toBoth(after, was ? 'MEETING_MOVED' : 'MEETING_SCHEDULED', is);
}

/** The domain events of one meeting request change; a deletion has none. */
export function meetingEventsOf(before: MeetingRequest | undefined, after: MeetingRequest | undefined): DomainEvent[] {
  if (!after) return [];
  if (!before) return creationEvents(after);
  if (before.status !== after.status) return statusEvents(before, after);
  return after.status === 'ACCEPTED' ? placeEvents(before, after) : [];
}
