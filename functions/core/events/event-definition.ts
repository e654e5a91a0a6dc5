/**
 * A matchmaking event as administrators define it (the Northeast Asia Expo's
 * B2B meetings, the zone's exchange days): its name in en/zh/ko, a venue or
 * an online link, its days with their hours and breaks, the length of one
 * meeting slot, the tables meetings are held at (numbered tables on site,
 * meeting rooms online), the registration window and the industry chains it
 * focuses on. Times of day are local to the event (its UTC offset), so a
 * participant reads "09:20" as the venue's clock does.
 */
import type { LocalizedText } from '../vocabulary.js';

export const VENUE_KINDS = ['IN_PERSON', 'ONLINE'] as const;
export type VenueKind = (typeof VENUE_KINDS)[number];

/** Where the meetings happen: an address on site, or the link of the online meeting rooms. */
export interface EventVenue {
  kind: VenueKind;
  /** The venue's address (in person). */
  address?: LocalizedText;
  /** The meeting link (online); a table's link is this URL with the table's name. */
  url?: string;
}

/** A span of local time on one day, `HH:MM` to `HH:MM`. */
export interface TimeRange {
  start: string;
  end: string;
}

/** One day of the event: its local date, its meeting hours and its breaks. */
export interface EventDay extends TimeRange {
  /** `YYYY-MM-DD`, local to the event. */
  date: string;
  breaks: TimeRange[];
}

/** What an administrator writes; the event is this plus its identity. */
export interface EventDraft {
  name: LocalizedText;
  description?: LocalizedText;
  venue: EventVenue;
  /** The event's offset from UTC, `+08:00` for Changchun. */
  utcOffset: string;
  days: EventDay[];
  /** Minutes per meeting slot. */
  slotMinutes: number;
  /** Table (or online room) names; a slot holds one meeting per table. */
  tables: string[];
  registrationOpensAt: string;
  registrationClosesAt: string;
  /** Chain groups (the plan's key-task areas) the event focuses on: suggested meetings favour partners in them; empty: all. */
  focusChainGroupIds: string[];
}

export interface MatchmakingEvent extends EventDraft {
  id: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Limits of one event, defined once (validation and schema descriptions refer to them). */
export const EVENT_LIMITS = {
  nameLength: 200,
  descriptionLength: 4000,
  days: 14,
  breaksPerDay: 6,
  minSlotMinutes: 5,
  maxSlotMinutes: 240,
  tables: 500,
  tableNameLength: 40,
  focusChainGroups: 10,
  urlLength: 300,
} as const;

/** Minutes since midnight of an `HH:MM` time, or null when it is not one. */
export function minutesOfDay(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** `HH:MM` of minutes since midnight. */
export function timeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Offset minutes of `+08:00` / `-05:30`, or null. */
export function offsetMinutes(utcOffset: string): number | null {
  const match = /^([+-])(0\d|1[0-4]):([0-5]\d)$/.exec(utcOffset);
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Whether `YYYY-MM-DD` is a real calendar date. */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

/** The UTC instant of a local date and time at the event's offset. */
export function instantOf(date: string, minutes: number, utcOffset: string): Date {
  const offset = offsetMinutes(utcOffset) ?? 0;
  return new Date(Date.parse(`${date}T00:00:00Z`) + (minutes - offset) * 60_000);
}

/** Whether registration is open at `now`: from its opening (inclusive) until its close (exclusive). */
export function registrationOpen(event: Pick<EventDraft, 'registrationOpensAt' | 'registrationClosesAt'>, now: Date): boolean {
  return now.getTime() >= Date.parse(event.registrationOpensAt) && now.getTime() < Date.parse(event.registrationClosesAt);
}
