/**
 * An organization's participation in an event: who attends, when it is
 * available on each day and how many meetings it wants. The scheduler
 * treats a participant as one delegation: its attendees meet together, so a
 * participant holds at most one meeting per slot.
 */
import { INPUT_LIMITS } from '../input-limits.js';
import { blankProblems, duplicateProblems, tooLongProblems, tooManyProblems, type FieldProblem } from '../validation/field-problems.js';
import { minutesOfDay, type MatchmakingEvent } from './event-definition.js';
import type { EventSlot } from './event-slots.js';

/** A person attending for the organization. */
export interface Attendee {
  name: string;
  /** The attendee's job title or role, shown to partners. */
  title?: string;
}

/** When the participant can meet on one day of the event (local times). */
export interface DayAvailability {
  date: string;
  from: string;
  to: string;
}

export interface ParticipationDraft {
  attendees: Attendee[];
  availability: DayAvailability[];
  meetingsWanted: number;
  /** Accept meeting requests from organizations this one has a MUTUAL match with, without asking (when both opted in). */
  autoAcceptMutualMatches: boolean;
}

export interface Participation extends ParticipationDraft {
  eventId: string;
  organizationId: string;
  registeredBy: string;
  registeredAt: string;
  checkedInAt?: string;
}

export const PARTICIPATION_LIMITS = { attendees: 10, windowsPerDay: 4 } as const;

/** Every problem of a registration for `event` with its `slotCount` slots. */
export function participationProblems(
  draft: ParticipationDraft,
  event: MatchmakingEvent,
  slotCount: number,
  path = 'input',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (draft.attendees.length === 0) problems.push({ path: `${path}.attendees`, message: 'needs at least one attendee' });
  problems.push(...tooManyProblems(draft.attendees, PARTICIPATION_LIMITS.attendees, `${path}.attendees`));
  draft.attendees.forEach((attendee, i) => {
    problems.push(...blankProblems(attendee.name, `${path}.attendees[${i}].name`));
    problems.push(...tooLongProblems(attendee.name, INPUT_LIMITS.shortTextLength, `${path}.attendees[${i}].name`));
    problems.push(...tooLongProblems(attendee.title, INPUT_LIMITS.shortTextLength, `${path}.attendees[${i}].title`));
  });
  if (!Number.isInteger(draft.meetingsWanted) || draft.meetingsWanted < 1 || draft.meetingsWanted > slotCount) {
    problems.push({ path: `${path}.meetingsWanted`, message: `must be a whole number from 1 to ${slotCount} (the event's slots)` });
  }
  problems.push(...availabilityProblems(draft.availability, event, `${path}.availability`));
  return problems;
}

function availabilityProblems(windows: readonly DayAvailability[], event: MatchmakingEvent, path: string): FieldProblem[] {
  if (windows.length === 0) return [{ path, message: 'needs at least one day of availability' }];
  const problems = tooManyProblems(windows, PARTICIPATION_LIMITS.windowsPerDay * event.days.length, path);
  windows.forEach((window, i) => {
    const at = `${path}[${i}]`;
    const day = event.days.find((candidate) => candidate.date === window.date);
    if (!day) {
      problems.push({ path: `${at}.date`, message: `is not a day of the event (${event.days.map((d) => d.date).join(', ')})` });
      return;
    }
    const from = minutesOfDay(window.from);
    const to = minutesOfDay(window.to);
    if (from === null || to === null) {
      problems.push({ path: at, message: 'from and to must be times HH:MM' });
      return;
    }
    if (to <= from) problems.push({ path: `${at}.to`, message: 'must be after from' });
    if (from < (minutesOfDay(day.start) ?? 0) || to > (minutesOfDay(day.end) ?? 0)) {
      problems.push({ path: at, message: `must lie within the day's hours ${day.start}-${day.end}` });
    }
  });
  problems.push(
    ...duplicateProblems(
      windows.map((w) => `${w.date} ${w.from}`),
      path,
    ),
  );
  return problems;
}

/** The ids of the slots that lie wholly within one of the participant's windows. */
export function availableSlotIds(slots: readonly EventSlot[], availability: readonly DayAvailability[]): Set<string> {
  const available = new Set<string>();
  for (const slot of slots) {
    const fits = availability.some((window) => window.date === slot.date && window.from <= slot.start && slot.end <= window.to);
    if (fits) available.add(slot.id);
  }
  return available;
}
