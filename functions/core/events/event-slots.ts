/**
 * The meeting slots of an event: each day's hours cut into slots of the
 * event's length, skipping any slot that would overlap a break. A slot's id
 * is its local start (`2026-08-27T09:20`), stable across reruns as long as
 * the day's hours are.
 */
import { instantOf, minutesOfDay, timeOfDay, type EventDraft } from './event-definition.js';

export interface EventSlot {
  /** `YYYY-MM-DDTHH:MM`, local to the event. */
  id: string;
  date: string;
  /** Local `HH:MM`. */
  start: string;
  end: string;
  /** UTC instants (ISO 8601). */
  startsAt: string;
  endsAt: string;
}

/** Every slot of the event, in time order. */
export function slotsOf(event: Pick<EventDraft, 'days' | 'slotMinutes' | 'utcOffset'>): EventSlot[] {
  const slots: EventSlot[] = [];
  for (const day of event.days) {
    const dayEnd = minutesOfDay(day.end) ?? 0;
    const breaks = day.breaks.map((pause) => ({ from: minutesOfDay(pause.start) ?? 0, to: minutesOfDay(pause.end) ?? 0 }));
    let start = minutesOfDay(day.start) ?? dayEnd;
    while (start + event.slotMinutes <= dayEnd) {
      const end = start + event.slotMinutes;
      const overlapping = breaks.find((pause) => start < pause.to && end > pause.from);
      if (overlapping) {
        start = Math.max(start + 1, overlapping.to);
        continue;
      }
      slots.push({
        id: `${day.date}T${timeOfDay(start)}`,
        date: day.date,
        start: timeOfDay(start),
        end: timeOfDay(end),
        startsAt: instantOf(day.date, start, event.utcOffset).toISOString(),
        endsAt: instantOf(day.date, end, event.utcOffset).toISOString(),
      });
      start = end;
    }
  }
  return slots;
}
