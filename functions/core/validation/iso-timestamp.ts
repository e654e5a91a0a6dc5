/**
 * The one time format of chainfit. Every timestamp stored is UTC ISO 8601 as
 * `Date.prototype.toISOString()` writes it (`2027-06-30T00:00:00.000Z`), so
 * stored times compare correctly as text (DynamoDB filter and condition
 * expressions compare strings) and as instants (everything else). Times a
 * client supplies are parsed strictly: ISO 8601 date and time with an explicit
 * offset or `Z`, never whatever `Date.parse` happens to accept (local-time
 * forms such as `06/30/2027` or `toUTCString()` text).
 */
import type { FieldProblem } from './field-problems.js';

// YYYY-MM-DDThh:mm[:ss[.fraction]] followed by Z or ±hh:mm.
const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** The canonical stored form: UTC, milliseconds, `Z` (what `toISOString()` writes). */
const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The instant of a strict ISO 8601 timestamp with offset or `Z`, or null when `text` is anything else. */
export function parseIsoTimestamp(text: string): Date | null {
  const match = ISO_8601.exec(text);
  if (!match) return null;
  // The regex makes groups 1-5 present; an absent seconds group reads as 0.
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part: string | undefined) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offsetHours = Number(match[9] ?? 0);
  const offsetMinutes = Number(match[10] ?? 0);
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return null;
  const millis = Number((match[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const sign = match[8]?.startsWith('-') ? -1 : 1;
  const offsetMs = match[8] === 'Z' ? 0 : sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMs);
}

/** `text` in the stored form (UTC, `Z`); null when it is not a strict ISO 8601 timestamp. */
export function normalisedTimestamp(text: string): string | null {
  return parseIsoTimestamp(text)?.toISOString() ?? null;
}

/** Whether `text` is already in the stored form (the migration leaves such values alone). */
export function isCanonicalTimestamp(text: string): boolean {
  return CANONICAL.test(text) && parseIsoTimestamp(text)?.toISOString() === text;
}

/** A problem naming `path` when `text` is not a strict ISO 8601 timestamp with an offset or `Z`. */
export function timestampProblems(text: string, path: string): FieldProblem[] {
  if (parseIsoTimestamp(text)) return [];
  return [{ path, message: 'must be an ISO 8601 date and time with an offset or Z, e.g. 2027-06-30T09:00:00+09:00' }];
}
