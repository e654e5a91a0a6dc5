/**
 * Rules of an event definition: every problem with its field path, so an
 * administrator sees all of them at once (the app throws them as one
 * BAD_USER_INPUT).
 */
import { duplicateProblems, tooLongProblems, tooManyProblems, blankProblems, type FieldProblem } from '../validation/field-problems.js';
import { localizedTextProblems } from '../validation/localized-text.js';
import { timestampProblems } from '../validation/iso-timestamp.js';
import {
  EVENT_LIMITS,
  isCalendarDate,
  minutesOfDay,
  offsetMinutes,
  type EventDay,
  type EventDraft,
  type EventVenue,
} from './event-definition.js';

/** Every problem of an event draft; `knownGroupIds` are the industry model's chains. */
export function eventDraftProblems(draft: EventDraft, knownGroupIds: ReadonlySet<string>, path = 'input'): FieldProblem[] {
  return [
    ...localizedTextProblems(draft.name, `${path}.name`, EVENT_LIMITS.nameLength),
    ...(draft.description ? localizedTextProblems(draft.description, `${path}.description`, EVENT_LIMITS.descriptionLength) : []),
    ...venueProblems(draft.venue, `${path}.venue`),
    ...(offsetMinutes(draft.utcOffset) === null ? [{ path: `${path}.utcOffset`, message: 'must be an offset such as +08:00' }] : []),
    ...daysProblems(draft, `${path}.days`),
    ...slotProblems(draft.slotMinutes, `${path}.slotMinutes`),
    ...tableProblems(draft.tables, `${path}.tables`),
    ...windowProblems(draft, path),
    ...tooManyProblems(draft.focusChainGroupIds, EVENT_LIMITS.focusChainGroups, `${path}.focusChainGroupIds`),
    ...duplicateProblems(draft.focusChainGroupIds, `${path}.focusChainGroupIds`),
    ...draft.focusChainGroupIds.flatMap((id, i) =>
      knownGroupIds.has(id) ? [] : [{ path: `${path}.focusChainGroupIds[${i}]`, message: `${id} is not a chain group of the zone model` }],
    ),
  ];
}

function venueProblems(venue: EventVenue, path: string): FieldProblem[] {
  if (venue.kind === 'ONLINE') {
    if (venue.url === undefined) return [{ path: `${path}.url`, message: 'an online event needs its meeting link' }];
    const problems = tooLongProblems(venue.url, EVENT_LIMITS.urlLength, `${path}.url`);
    return /^https:\/\/[^\s]+$/.test(venue.url) ? problems : [...problems, { path: `${path}.url`, message: 'must be an https URL' }];
  }
  if (venue.address === undefined) return [{ path: `${path}.address`, message: 'an in-person event needs its address' }];
  return localizedTextProblems(venue.address, `${path}.address`, EVENT_LIMITS.nameLength);
}

function daysProblems(draft: EventDraft, path: string): FieldProblem[] {
  if (draft.days.length === 0) return [{ path, message: 'needs at least one day' }];
  const problems = [...tooManyProblems(draft.days, EVENT_LIMITS.days, path)];
  draft.days.forEach((day, i) => problems.push(...dayProblems(day, draft.slotMinutes, `${path}[${i}]`)));
  const dates = draft.days.map((day) => day.date);
  problems.push(...duplicateProblems(dates, path, (i) => `${path}[${i}].date`));
  if (dates.some((date, i) => i > 0 && date < (dates[i - 1] ?? ''))) problems.push({ path, message: 'must be in date order' });
  return problems;
}

function dayProblems(day: EventDay, slotMinutes: number, path: string): FieldProblem[] {
  const problems: FieldProblem[] = isCalendarDate(day.date) ? [] : [{ path: `${path}.date`, message: 'must be a date YYYY-MM-DD' }];
  const start = minutesOfDay(day.start);
  const end = minutesOfDay(day.end);
  if (start === null) problems.push({ path: `${path}.start`, message: 'must be a time HH:MM' });
  if (end === null) problems.push({ path: `${path}.end`, message: 'must be a time HH:MM' });
  if (start === null || end === null) return problems;
  if (end - start < slotMinutes) problems.push({ path: `${path}.end`, message: 'leaves no room for one meeting slot after the start' });
  problems.push(...tooManyProblems(day.breaks, EVENT_LIMITS.breaksPerDay, `${path}.breaks`));
  let previousEnd = start;
  day.breaks.forEach((pause, i) => {
    const from = minutesOfDay(pause.start);
    const to = minutesOfDay(pause.end);
    const at = `${path}.breaks[${i}]`;
    if (from === null || to === null) {
      problems.push({ path: at, message: 'start and end must be times HH:MM' });
      return;
    }
    if (to <= from) problems.push({ path: `${at}.end`, message: 'must be after the break starts' });
    if (from < previousEnd || to > end) problems.push({ path: at, message: 'must lie within the day, in order, without overlapping' });
    previousEnd = Math.max(previousEnd, to);
  });
  return problems;
}

function slotProblems(slotMinutes: number, path: string): FieldProblem[] {
  const { minSlotMinutes, maxSlotMinutes } = EVENT_LIMITS;
  return Number.isInteger(slotMinutes) && slotMinutes >= minSlotMinutes && slotMinutes <= maxSlotMinutes
    ? []
    : [{ path, message: `must be a whole number of minutes from ${minSlotMinutes} to ${maxSlotMinutes}` }];
}

function tableProblems(tables: readonly string[], path: string): FieldProblem[] {
  if (tables.length === 0) return [{ path, message: 'needs at least one table' }];
  return [
    ...tooManyProblems(tables, EVENT_LIMITS.tables, path),
    ...duplicateProblems(tables, path),
    ...tables.flatMap((name, i) => [
      ...blankProblems(name, `${path}[${i}]`),
      ...tooLongProblems(name, EVENT_LIMITS.tableNameLength, `${path}[${i}]`),
      ...(name.includes('#') ? [{ path: `${path}[${i}]`, message: 'must not contain #' }] : []),
    ]),
  ];
}

function windowProblems(draft: EventDraft, path: string): FieldProblem[] {
  const problems = [
    ...timestampProblems(draft.registrationOpensAt, `${path}.registrationOpensAt`),
    ...timestampProblems(draft.registrationClosesAt, `${path}.registrationClosesAt`),
  ];
  if (problems.length > 0) return problems;
  if (Date.parse(draft.registrationClosesAt) <= Date.parse(draft.registrationOpensAt)) {
    problems.push({ path: `${path}.registrationClosesAt`, message: 'must be after registrationOpensAt' });
  }
  return problems;
}
