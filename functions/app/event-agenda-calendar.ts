/**
 * The agenda as an iCalendar file (RFC 5545), written by ical-generator:
 * one VEVENT per meeting with its time in UTC, the table (or online room)
 * as the location, the partner in the summary and why they fit in the
 * description. Calendar apps import it as is.
 */
import ical from 'ical-generator';
import { localize } from '../core/vocabulary.js';
import type { Agenda } from './event-agenda.js';

const SUMMARY = { en: 'Meeting with', zh: '洽谈：', ko: '미팅:' } as const;
const TABLE = { en: 'Table', zh: '桌号', ko: '테이블' } as const;

/** The `.ics` text of an agenda. */
export function agendaCalendar(agenda: Agenda): string {
  const { event, locale } = agenda;
  const calendar = ical({
    name: localize(event.name, locale),
    prodId: { company: 'chainfit', product: 'event-agenda', language: locale.toUpperCase() },
  });
  const venue = event.venue.address ? localize(event.venue.address, locale) : undefined;
  for (const entry of agenda.entries) {
    const location = entry.onlineUrl ?? `${TABLE[locale]} ${entry.table}${venue ? `, ${venue}` : ''}`;
    calendar.createEvent({
      id: `${entry.meeting.id}@chainfit`,
      start: new Date(entry.slot.startsAt),
      end: new Date(entry.slot.endsAt),
      stamp: new Date(entry.meeting.requestedAt),
      summary: `${SUMMARY[locale]} ${localize(entry.partner.name, locale)}`,
      description: entry.whyTheyFit,
      location,
      ...(entry.onlineUrl ? { url: entry.onlineUrl } : {}),
    });
  }
  return calendar.toString();
}
