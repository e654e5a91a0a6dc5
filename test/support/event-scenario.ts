/**
 * An event with open registration (whatever the clock says), two registered
 * participants and a meeting request between them, written through the real
 * store: the fixture the access matrix and the hostile-input test act on.
 */
import type { Participation } from '../../functions/core/events/participation.js';
import type { MeetingRequest } from '../../functions/core/events/meeting-request.js';
import type { Store } from '../../functions/store/store.js';
import { anEvent } from './event-generator.js';

export interface EventScenario {
  eventId: string;
  /** from → to, REQUESTED. */
  meetingId: string;
  /** A slot of the event. */
  slotId: string;
}

export const OPEN_WINDOW = { registrationOpensAt: '2020-01-01T00:00:00.000Z', registrationClosesAt: '2099-01-01T00:00:00.000Z' } as const;

export function aParticipation(eventId: string, organizationId: string): Participation {
  return {
    eventId,
    organizationId,
    attendees: [{ name: 'Delegate', title: 'Director' }],
    availability: [{ date: '2026-08-27', from: '09:00', to: '17:00' }],
    meetingsWanted: 5,
    autoAcceptMutualMatches: false,
    registeredBy: 'fixture',
    registeredAt: '2026-05-01T00:00:00.000Z',
  };
}

export async function anEventWithParticipants(store: Store, id: string, from: string, to: string): Promise<EventScenario> {
  const event = anEvent(id, OPEN_WINDOW, { days: 1, tables: 3 });
  await store.events.createEvent(event);
  await store.events.putParticipation(aParticipation(id, from));
  await store.events.putParticipation(aParticipation(id, to));
  const meeting: MeetingRequest = {
    id: `meeting-${id}`,
    eventId: id,
    fromOrganizationId: from,
    toOrganizationId: to,
    message: 'Shall we talk about IGBT supply?',
    status: 'REQUESTED',
    fit: 0.5,
    requestedBy: 'fixture',
    requestedAt: '2026-05-02T00:00:00.000Z',
    autoAccepted: false,
    version: 1,
  };
  await store.events.createMeeting(meeting);
  return { eventId: id, meetingId: meeting.id, slotId: '2026-08-27T09:00' };
}
