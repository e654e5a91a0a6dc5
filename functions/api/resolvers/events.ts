/**
 * Matchmaking events: the public event reads; the administrators' createEvent,
 * updateEvent and scheduleEvent; and the participants' operations (register,
 * list participants, suggested meetings, request, answer, cancel and book
 * meetings, agenda, check-in, meeting held). Each resolver maps arguments and
 * calls one use case (functions/app/events.ts, event-participation.ts,
 * meeting-requests.ts, event-suggestions.ts, event-scheduling.ts, event-agenda.ts).
 */
import { agendaOf } from '../../app/event-agenda.js';
import { checkIn, participantsOf, registerForEvent } from '../../app/event-participation.js';
import { bookMeetingSlot, scheduleEvent } from '../../app/event-scheduling.js';
import { suggestedMeetings } from '../../app/event-suggestions.js';
import { createEvent, getEvent, listEvents, updateEvent } from '../../app/events.js';
import { listMeetingRequests } from '../../app/meeting-request-reads.js';
import { visibleOrganization } from '../../app/organization-reads.js';
import { connectionOf } from '../connection.js';
import { cancelMeeting, meetingFor, recordMeetingHeld, requestMeeting, respondToMeetingRequest } from '../../app/meeting-requests.js';
import { BadUserInputError } from '../../core/errors.js';
import type { EventDraft } from '../../core/events/event-definition.js';
import { slotsOf } from '../../core/events/event-slots.js';
import type { ActingForResolver } from '../authorization.js';
import type {
  AgendaEntryResolvers,
  CreateEventInput,
  EventParticipantResolvers,
  MatchmakingEventResolvers,
  MeetingRequestEdgeResolvers,
  MutationResolvers,
  QueryResolvers,
  SuggestedMeetingResolvers,
} from '../generated/resolvers-types.js';
import { definedOnly, present, localizedTextOf } from '../inputs/input-values.js';

/** suggestedMeetings' `first`: 1-50, 10 when omitted. */
export const SUGGESTED_MEETINGS = { default: 10, max: 50 } as const;

function eventDraftOf(input: CreateEventInput): EventDraft {
  return {
    name: localizedTextOf(input.name),
    ...(input.description ? { description: localizedTextOf(input.description) } : {}),
    venue: {
      kind: input.venue.kind,
      ...(input.venue.address ? { address: localizedTextOf(input.venue.address) } : {}),
      ...(input.venue.url != null ? { url: input.venue.url } : {}),
    },
    utcOffset: input.utcOffset,
    days: input.days.map((day) => ({
      date: day.date,
      start: day.start,
      end: day.end,
      breaks: (day.breaks ?? []).map(({ start, end }) => ({ start, end })),
    })),
    slotMinutes: input.slotMinutes,
    tables: input.tables,
    registrationOpensAt: input.registrationOpensAt,
    registrationClosesAt: input.registrationClosesAt,
    focusChainGroupIds: input.focusChainGroupIds ?? [],
  };
}

function firstOf(first: number | null | undefined): number {
  const value = present(first) ?? SUGGESTED_MEETINGS.default;
  if (!Number.isInteger(value) || value < 1 || value > SUGGESTED_MEETINGS.max) {
    throw new BadUserInputError(`must be a whole number from 1 to ${String(SUGGESTED_MEETINGS.max)}`, 'first');
  }
  return value;
}

export const eventQueries: Pick<
  QueryResolvers,
  'events' | 'event' | 'eventParticipants' | 'suggestedMeetings' | 'eventAgenda' | 'meetingRequests'
> = {
  events: (_parent, _args, context) => listEvents(context),
  event: (_parent, { id }, context) => getEvent(context, id),
  eventParticipants: (_parent, { eventId, organizationId }, context) => participantsOf(context, eventId, present(organizationId)),
  suggestedMeetings: (_parent, { eventId, organizationId, first }, context) =>
    suggestedMeetings(context, eventId, organizationId, firstOf(first)),
  eventAgenda: (_parent, { eventId, organizationId, locale }, context) =>
    agendaOf(context, eventId, organizationId, present(locale) ?? context.locale),
  meetingRequests: async (_parent, { eventId, organizationId, ...options }, context) => {
    const page = await listMeetingRequests(context, { eventId, organizationId, ...definedOnly(options) });
    return connectionOf(page);
  },
};

export const eventMutations: Pick<
  MutationResolvers,
  | 'createEvent'
  | 'updateEvent'
  | 'scheduleEvent'
  | 'registerForEvent'
  | 'requestMeeting'
  | 'respondToMeetingRequest'
  | 'cancelMeeting'
  | 'bookMeetingSlot'
  | 'checkInToEvent'
  | 'recordMeetingHeld'
> = {
  createEvent: (_parent, { input }, context) => createEvent(context, eventDraftOf(input)),
  updateEvent: (_parent, { input }, context) => updateEvent(context, input.eventId, eventDraftOf(input.definition), input.expectedVersion),
  scheduleEvent: (_parent, { input }, context) => scheduleEvent(context, input.eventId),
  registerForEvent: (_parent, { input }, context) =>
    registerForEvent(context, {
      eventId: input.eventId,
      organizationId: input.organizationId,
      attendees: input.attendees.map((attendee) => ({
        name: attendee.name,
        ...(present(attendee.title) !== undefined ? { title: attendee.title as string } : {}),
      })),
      availability: input.availability.map(({ date, from, to }) => ({ date, from, to })),
      meetingsWanted: input.meetingsWanted,
      autoAcceptMutualMatches: input.autoAcceptMutualMatches ?? false,
    }),
  requestMeeting: (_parent, { input }, context) =>
    requestMeeting(context, {
      eventId: input.eventId,
      fromOrganizationId: input.fromOrganizationId,
      toOrganizationId: input.toOrganizationId,
      message: input.message ?? '',
    }),
  respondToMeetingRequest: (_parent, { input }, context) =>
    respondToMeetingRequest(context, {
      eventId: input.eventId,
      meetingId: input.meetingId,
      response: input.response,
      ...(present(input.declineReason) !== undefined
        ? { declineReason: input.declineReason as NonNullable<typeof input.declineReason> }
        : {}),
    }),
  cancelMeeting: (_parent, { input }, context) => cancelMeeting(context, input.eventId, input.meetingId, input.organizationId),
  bookMeetingSlot: (_parent, { input }, context) =>
    bookMeetingSlot(context, {
      eventId: input.eventId,
      meetingId: input.meetingId,
      organizationId: input.organizationId,
      slotId: input.slotId,
      ...(present(input.table) !== undefined ? { table: input.table as string } : {}),
    }),
  checkInToEvent: (_parent, { input }, context) => checkIn(context, input.eventId, input.organizationId),
  recordMeetingHeld: (_parent, { input }, context) => recordMeetingHeld(context, input.eventId, input.meetingId, input.organizationId),
};

export const eventFields: MatchmakingEventResolvers = {
  slots: (event) => slotsOf(event),
};

export const eventParticipantFields: EventParticipantResolvers = {
  organization: ({ organization }) => organization,
  attendees: ({ participation }) => participation.attendees,
  availability: ({ participation }) => participation.availability,
  meetingsWanted: ({ participation }) => participation.meetingsWanted,
};

export const suggestedMeetingFields: SuggestedMeetingResolvers = {
  match: ({ assessed }) => assessed,
};

export const meetingRequestEdgeFields: MeetingRequestEdgeResolvers = {
  partner: (edge, _args, context) => visibleOrganization(context, edge.partnerId),
};

export const agendaEntryFields: AgendaEntryResolvers = {
  meetingId: ({ meeting }) => meeting.id,
};

type InputArgs<T> = { input?: T };
const inputOf = <T>(args: Record<string, unknown>): Partial<T> => (args as InputArgs<Partial<T>>).input ?? {};

/**
 * The organization a participant's operation acts for: named in its arguments; for an answer, the requested
 * participant of the stored meeting request (a caller who is not its member is refused FORBIDDEN).
 */
export const eventActingFor: Record<string, ActingForResolver> = {
  'Query.eventParticipants': (args) => Promise.resolve(args.organizationId as string | null | undefined),
  'Query.suggestedMeetings': (args) => Promise.resolve(args.organizationId as string | undefined),
  'Query.eventAgenda': (args) => Promise.resolve(args.organizationId as string | undefined),
  'Query.meetingRequests': (args) => Promise.resolve(args.organizationId as string | undefined),
  'Mutation.registerForEvent': (args) => Promise.resolve(inputOf<{ organizationId: string }>(args).organizationId),
  'Mutation.requestMeeting': (args) => Promise.resolve(inputOf<{ fromOrganizationId: string }>(args).fromOrganizationId),
  'Mutation.respondToMeetingRequest': async (args, context) => {
    const { eventId, meetingId } = inputOf<{ eventId: string; meetingId: string }>(args);
    if (eventId === undefined || meetingId === undefined) return undefined;
    return (await meetingFor(context, eventId, meetingId)).toOrganizationId;
  },
  'Mutation.cancelMeeting': (args) => Promise.resolve(inputOf<{ organizationId: string }>(args).organizationId),
  'Mutation.bookMeetingSlot': (args) => Promise.resolve(inputOf<{ organizationId: string }>(args).organizationId),
  'Mutation.checkInToEvent': (args) => Promise.resolve(inputOf<{ organizationId: string }>(args).organizationId),
  'Mutation.recordMeetingHeld': (args) => Promise.resolve(inputOf<{ organizationId: string }>(args).organizationId),
};
