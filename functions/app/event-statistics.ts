/**
 * Per-event statistics for administrators (zoneStatistics): participants,
 * meetings requested, accepted, scheduled and held, and the agreements that
 * followed (pairs whose match outcome became AGREEMENT_SIGNED). One Query of
 * each event's partition, and one read of each held pair's match.
 */
import { matchIdentity } from '../core/match/match-identity.js';
import type { AppRequest } from './app-request.js';
import { assertAdministrator } from './event-access.js';

export interface EventStatistics {
  eventId: string;
  participants: number;
  checkedIn: number;
  meetingsRequested: number;
  meetingsAccepted: number;
  meetingsScheduled: number;
  meetingsHeld: number;
  agreementsFollowed: number;
}

/** Statistics of every event, by first day. */
export async function eventStatistics(request: AppRequest): Promise<EventStatistics[]> {
  assertAdministrator(request.principal);
  const events = await request.store.events.events();
  return Promise.all(events.map((event) => statisticsOf(request, event.id)));
}

async function statisticsOf(request: AppRequest, eventId: string): Promise<EventStatistics> {
  const [participations, meetings] = await Promise.all([
    request.store.events.participations(eventId),
    request.store.events.meetings(eventId),
  ]);
  const held = meetings.filter((m) => m.heldAt !== undefined);
  const matches = await Promise.all(
    held.map((m) => request.store.matches.getByIdentity(matchIdentity(m.fromOrganizationId, m.toOrganizationId))),
  );
  return {
    eventId,
    participants: participations.length,
    checkedIn: participations.filter((p) => p.checkedInAt !== undefined).length,
    meetingsRequested: meetings.length,
    meetingsAccepted: meetings.filter((m) => m.status === 'ACCEPTED').length,
    meetingsScheduled: meetings.filter((m) => m.status === 'ACCEPTED' && m.placement).length,
    meetingsHeld: held.length,
    agreementsFollowed: matches.filter((match) => match?.outcome === 'AGREEMENT_SIGNED').length,
  };
}
