/**
 * Loads a matchmaking event as it is: its participations and meeting
 * requests, placements and their reservations included. For data-set
 * loading, tests and benchmarks only (nothing is checked against what the
 * table holds); kept out of EventRepository so the API's bundle does not
 * carry it.
 */
import type { MatchmakingEvent } from '../core/events/event-definition.js';
import type { MeetingRequest } from '../core/events/meeting-request.js';
import type { Participation } from '../core/events/participation.js';
import { batchWriteItems } from './batch-write.js';
import { eventItem, meetingItem, meetingPairItem, participationItem, reservationItems } from './items/event-items.js';
import type { Store } from './store.js';

export async function importEvent(
  store: Store,
  event: MatchmakingEvent,
  participations: readonly Participation[],
  meetings: readonly MeetingRequest[],
): Promise<void> {
  await batchWriteItems(store.gateway, [
    eventItem(event),
    ...participations.map((p) => participationItem(p)),
    ...meetings.flatMap((m) => [
      meetingItem(m),
      meetingPairItem(m.eventId, m.fromOrganizationId, m.toOrganizationId, m.id),
      ...(m.placement ? reservationItems(m, m.placement.slotId, m.placement.table) : []),
    ]),
  ]);
}
