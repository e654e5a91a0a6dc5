/**
 * Event definitions: administrators create and update matchmaking events
 * (validated as a whole: every problem with its field path); anyone reads
 * them. An update may not take away a slot or table a booked meeting uses
 * without a rerun of the scheduler: the next scheduleEvent moves the
 * meetings whose place is gone, and keeps the rest.
 */
import { randomUUID } from 'node:crypto';
import { ConflictError } from '../core/errors.js';
import type { EventDraft, MatchmakingEvent } from '../core/events/event-definition.js';
import { eventDraftProblems } from '../core/events/event-rules.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import type { AppRequest } from './app-request.js';
import { assertAdministrator, eventFor } from './event-access.js';

const zoneChainGroupIds = new Set(zoneIndustryChainModel.groups().map((group) => group.id));

/** Creates an event (administrators). */
export async function createEvent(request: AppRequest, draft: EventDraft): Promise<MatchmakingEvent> {
  assertAdministrator(request.principal);
  throwIfAny(eventDraftProblems(draft, zoneChainGroupIds));
  const now = request.now.toISOString();
  const event: MatchmakingEvent = { id: `event-${randomUUID()}`, ...draft, createdAt: now, updatedAt: now, version: 1 };
  if (!(await request.store.events.createEvent(event))) throw new ConflictError(`Event ${event.id} exists already; retry`);
  return event;
}

/** Replaces an event's definition (administrators), on condition it is still at `expectedVersion`. */
export async function updateEvent(
  request: AppRequest,
  eventId: string,
  draft: EventDraft,
  expectedVersion: number,
): Promise<MatchmakingEvent> {
  assertAdministrator(request.principal);
  throwIfAny(eventDraftProblems(draft, zoneChainGroupIds));
  const current = await eventFor(request, eventId);
  if (current.version !== expectedVersion) {
    throw new ConflictError(`Event ${eventId} is at version ${current.version}, not ${expectedVersion}; reload it`, { eventId });
  }
  const next: MatchmakingEvent = {
    ...draft,
    id: eventId,
    createdAt: current.createdAt,
    updatedAt: request.now.toISOString(),
    version: current.version + 1,
  };
  if (!(await request.store.events.replaceEvent(next, expectedVersion)))
    throw new ConflictError(`Event ${eventId} changed meanwhile; reload it`, { eventId });
  return next;
}

/** Every event, by first day. */
export function listEvents(request: AppRequest): Promise<MatchmakingEvent[]> {
  return request.store.events.events();
}

/** One event, or null. */
export function getEvent(request: AppRequest, eventId: string): Promise<MatchmakingEvent | null> {
  return request.store.events.event(eventId);
}
