/**
 * A participant's agenda: its scheduled meetings in time order, each with its
 * time (UTC and the event's local clock), table or online link, partner and
 * why the two fit (the fit model's explanation in the reader's language).
 * agendaCalendar renders the same agenda as an iCalendar file with
 * ical-generator (event-agenda-calendar.ts).
 */
import { participantFit } from '../core/events/event-fit.js';
import type { MatchmakingEvent } from '../core/events/event-definition.js';
import { slotsOf, type EventSlot } from '../core/events/event-slots.js';
import type { MeetingRequest } from '../core/events/meeting-request.js';
import { assessFit } from '../core/fit/assessed-fit.js';
import { explainFit } from '../core/fit/explanation/explanation.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import { matchProfileOf } from '../core/match-profile.js';
import type { Organization } from '../core/organization.js';
import { localize, type Locale } from '../core/vocabulary.js';
import type { AppRequest } from './app-request.js';
import { assertActsFor, eventFor, participationFor } from './event-access.js';

export interface AgendaEntry {
  meeting: MeetingRequest;
  slot: EventSlot;
  table: string;
  /** The online room's link (online events). */
  onlineUrl?: string;
  partner: Organization;
  /** Why the two fit, in the agenda's language. */
  whyTheyFit: string;
}

export interface Agenda {
  event: MatchmakingEvent;
  organizationId: string;
  locale: Locale;
  entries: AgendaEntry[];
}

/** The online room of a table: the event's link with the table's name. */
export function onlineRoomUrl(event: MatchmakingEvent, table: string): string | undefined {
  if (event.venue.kind !== 'ONLINE' || event.venue.url === undefined) return undefined;
  const url = new URL(event.venue.url);
  url.searchParams.set('room', table);
  return url.toString();
}

/** The participant's agenda in `locale` (the request's when absent). */
export async function agendaOf(
  request: AppRequest,
  eventId: string,
  organizationId: string,
  locale: Locale = request.locale,
): Promise<Agenda> {
  assertActsFor(request.principal, organizationId);
  const event = await eventFor(request, eventId);
  await participationFor(request, eventId, organizationId);
  const slots = new Map(slotsOf(event).map((slot) => [slot.id, slot]));
  const meetings = (await request.store.events.meetingsOf(eventId, organizationId)).filter((m) => m.status === 'ACCEPTED' && m.placement);
  const self = await request.loaders.organization.load(organizationId);
  const entries: AgendaEntry[] = [];
  for (const meeting of meetings) {
    const placement = meeting.placement;
    const slot = placement && slots.get(placement.slotId);
    const partnerId = meeting.fromOrganizationId === organizationId ? meeting.toOrganizationId : meeting.fromOrganizationId;
    const partner = await request.loaders.organization.load(partnerId);
    if (!placement || !slot || !partner || !self) continue;
    const onlineUrl = onlineRoomUrl(event, placement.table);
    entries.push({
      meeting,
      slot,
      table: placement.table,
      ...(onlineUrl ? { onlineUrl } : {}),
      partner,
      whyTheyFit: whyTheyFit(self, partner, locale),
    });
  }
  entries.sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt));
  return { event, organizationId, locale, entries };
}

/** The fit model's explanation of the pair, the reader's organization as the seeker. */
function whyTheyFit(self: Organization, partner: Organization, locale: Locale): string {
  const graph = zoneIndustryChainModel.chainGraph;
  const seeker = matchProfileOf(self);
  const fit = participantFit(graph, seeker, matchProfileOf(partner));
  if (!fit) return localize(partner.name, locale);
  return explainFit(graph, assessFit(graph, fit, seeker, locale));
}
