/**
 * Matchmaking events: the public event reads, and the administrators'
 * createEvent and scheduleEvent. Each resolver maps arguments and calls one
 * use case (functions/app/events.ts, event-scheduling.ts).
 */
import { scheduleEvent } from '../../app/event-scheduling.js';
import { createEvent, getEvent, listEvents } from '../../app/events.js';
import { slotsOf } from '../../core/events/event-slots.js';
import type { MatchmakingEventResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import { localizedTextOf } from '../inputs/input-values.js';

export const eventQueries: Pick<QueryResolvers, 'events' | 'event'> = {
  events: (_parent, _args, context) => listEvents(context),
  event: (_parent, { id }, context) => getEvent(context, id),
};

export const eventMutations: Pick<MutationResolvers, 'createEvent' | 'scheduleEvent'> = {
  createEvent: (_parent, { input }, context) =>
    createEvent(context, {
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
    }),
  scheduleEvent: (_parent, { input }, context) => scheduleEvent(context, input.eventId),
};

export const eventFields: MatchmakingEventResolvers = {
  slots: (event) => slotsOf(event),
};
