/**
 * Matchmaking event items, all in the event's partition `EVENT#<eventId>`:
 * the definition (`EVENT`, listed in gsi1 `EVENTS#ALL` by first day), the
 * participations (`PARTICIPANT#<orgId>`), the meeting requests
 * (`MEETING#<meetingId>`, in gsi2 / gsi3 `EVENTORG#<eventId>#<orgId>` for
 * each side), one marker per requesting pair (`PAIR#<low>#<high>`), and the
 * reservations that make double booking impossible: a table in a slot
 * (`SLOT#<slotId>#TABLE#<table>`) and a participant in a slot
 * (`SLOT#<slotId>#PARTICIPANT#<orgId>`), each written with
 * `attribute_not_exists(pk)` in the booking's transaction.
 */
import { DECLINE_REASONS } from '../../core/match/match-record.js';
import { VENUE_KINDS, type EventDay, type EventVenue, type MatchmakingEvent, type TimeRange } from '../../core/events/event-definition.js';
import { MEETING_REQUEST_STATUSES, type MeetingPlacement, type MeetingRequest } from '../../core/events/meeting-request.js';
import type { Placement } from '../../core/events/scheduling-problem.js';
import type { Attendee, DayAvailability, Participation } from '../../core/events/participation.js';
import type { LocalizedText } from '../../core/vocabulary.js';
import { bool, list, num, oneOf, optional, shape, str, type Field } from './item-parser.js';
import { declareItemType } from './item-type.js';
import {
  ALL_EVENTS_PARTITION,
  eventKey,
  eventListPosition,
  indexKey,
  meetingKey,
  meetingPairKey,
  participantMeetingsPartition,
  participantReservationKey,
  participationKey,
  tableReservationKey,
  type Item,
} from './keys.js';

const text: Field<LocalizedText> = shape<LocalizedText>({ en: optional(str), zh: optional(str), ko: optional(str) });
const timeRange: Field<TimeRange> = shape<TimeRange>({ start: str, end: str });

export const EVENT_ITEM = declareItemType(
  'EVENT',
  shape<MatchmakingEvent>({
    id: str,
    name: text,
    description: optional(text),
    venue: shape<EventVenue>({ kind: oneOf(VENUE_KINDS), address: optional(text), url: optional(str) }),
    utcOffset: str,
    days: list(shape<EventDay>({ date: str, start: str, end: str, breaks: list(timeRange) })),
    slotMinutes: num,
    tables: list(str),
    registrationOpensAt: str,
    registrationClosesAt: str,
    focusChainGroupIds: list(str),
    createdAt: str,
    updatedAt: str,
    version: num,
  }),
  { indexes: ['gsi1'] },
);

export const PARTICIPATION_ITEM = declareItemType(
  'EVENT_PARTICIPATION',
  shape<Participation>({
    eventId: str,
    organizationId: str,
    attendees: list(shape<Attendee>({ name: str, title: optional(str) })),
    availability: list(shape<DayAvailability>({ date: str, from: str, to: str })),
    meetingsWanted: num,
    autoAcceptMutualMatches: bool,
    registeredBy: str,
    registeredAt: str,
    checkedInAt: optional(str),
  }),
);

export const MEETING_ITEM = declareItemType(
  'EVENT_MEETING',
  shape<MeetingRequest>({
    id: str,
    eventId: str,
    fromOrganizationId: str,
    toOrganizationId: str,
    message: str,
    status: oneOf(MEETING_REQUEST_STATUSES),
    fit: num,
    requestedBy: str,
    requestedAt: str,
    respondedAt: optional(str),
    declineReason: optional(oneOf(DECLINE_REASONS)),
    autoAccepted: bool,
    placement: optional(shape<MeetingPlacement>({ slotId: str, table: str, bookedByHand: bool })),
    heldAt: optional(str),
    cancelledBy: optional(str),
    movingFrom: optional(shape<Placement>({ slotId: str, table: str })),
    updatedAt: optional(str),
    version: num,
  }),
  { indexes: ['gsi2', 'gsi3'] },
);

/** The pair marker: which meeting request the pair has open. */
export const MEETING_PAIR_ITEM = declareItemType('EVENT_MEETING_PAIR', shape<{ meetingId: string }>({ meetingId: str }));

/** A reservation: which meeting holds the table or the participant in the slot. */
export const RESERVATION_ITEM = declareItemType(
  'EVENT_RESERVATION',
  shape<{ meetingId: string; slotId: string }>({ meetingId: str, slotId: str }),
);

export function eventItem(event: MatchmakingEvent): Item {
  const firstDate = event.days[0]?.date ?? '';
  return {
    ...eventKey(event.id),
    entity: EVENT_ITEM.entity,
    ...event,
    ...indexKey('gsi1', ALL_EVENTS_PARTITION, eventListPosition(firstDate, event.id)),
  };
}

export function participationItem(participation: Participation): Item {
  return { ...participationKey(participation.eventId, participation.organizationId), entity: PARTICIPATION_ITEM.entity, ...participation };
}

/** A meeting request's sort key in its two participants' partitions (gsi2 sent, gsi3 received): by request time. */
export const meetingPosition = (meeting: Pick<MeetingRequest, 'requestedAt' | 'id'>): string => `${meeting.requestedAt}#${meeting.id}`;

export function meetingItem(meeting: MeetingRequest): Item {
  const position = meetingPosition(meeting);
  return {
    ...meetingKey(meeting.eventId, meeting.id),
    entity: MEETING_ITEM.entity,
    ...meeting,
    ...indexKey('gsi2', participantMeetingsPartition(meeting.eventId, meeting.fromOrganizationId), position),
    ...indexKey('gsi3', participantMeetingsPartition(meeting.eventId, meeting.toOrganizationId), position),
  };
}

export function meetingPairItem(eventId: string, a: string, b: string, meetingId: string): Item {
  const [low, high] = a < b ? [a, b] : [b, a];
  return { ...meetingPairKey(eventId, low, high), entity: MEETING_PAIR_ITEM.entity, meetingId };
}

/** The three reservations of a placed meeting: its table and its two participants in the slot. */
export function reservationItems(
  meeting: Pick<MeetingRequest, 'id' | 'eventId' | 'fromOrganizationId' | 'toOrganizationId'>,
  slotId: string,
  table: string,
): Item[] {
  const value = { entity: RESERVATION_ITEM.entity, meetingId: meeting.id, slotId };
  return [
    { ...tableReservationKey(meeting.eventId, slotId, table), ...value },
    { ...participantReservationKey(meeting.eventId, slotId, meeting.fromOrganizationId), ...value },
    { ...participantReservationKey(meeting.eventId, slotId, meeting.toOrganizationId), ...value },
  ];
}
