import { describe, expect, it } from 'vitest';
import {
  isCanonicalTimestamp,
  normalisedTimestamp,
  parseIsoTimestamp,
  timestampProblems,
} from '../../../functions/core/validation/iso-timestamp.js';

describe('strict ISO 8601 timestamps', () => {
  it.each([
    ['2027-06-30T09:00:00+09:00', '2027-06-30T00:00:00.000Z'],
    ['2027-06-30T00:00:00Z', '2027-06-30T00:00:00.000Z'],
    ['2027-06-30T00:00Z', '2027-06-30T00:00:00.000Z'],
    ['2027-06-29T20:30:00.5-03:30', '2027-06-30T00:00:00.500Z'],
    ['2027-06-30T00:00:00.123456789Z', '2027-06-30T00:00:00.123Z'],
    ['2028-02-29T12:00:00Z', '2028-02-29T12:00:00.000Z'],
  ])('stores %s as %s (UTC, Z)', (input, stored) => {
    expect(normalisedTimestamp(input)).toBe(stored);
  });

  it.each([
    ['a date without a time', '2027-06-30'],
    ['a time without an offset (local time)', '2027-06-30T09:00:00'],
    ['toUTCString() text', 'Wed, 30 Jun 2027 00:00:00 GMT'],
    ['a US date', '06/30/2027'],
    ['a month 13', '2027-13-01T00:00:00Z'],
    ['February 29th of a common year', '2027-02-29T00:00:00Z'],
    ['hour 24', '2027-06-30T24:00:00Z'],
    ['an offset without a colon', '2027-06-30T09:00:00+0900'],
    ['free text', 'next spring'],
  ])('refuses %s', (_what, input) => {
    expect(parseIsoTimestamp(input)).toBeNull();
    expect(timestampProblems(input, 'input.expiresAt')).toEqual([
      { path: 'input.expiresAt', message: expect.stringContaining('offset or Z') },
    ]);
  });

  it('tells the stored form from other spellings of the same instant', () => {
    expect(isCanonicalTimestamp('2027-06-30T00:00:00.000Z')).toBe(true);
    expect(isCanonicalTimestamp('2027-06-30T09:00:00.000+09:00')).toBe(false);
    expect(isCanonicalTimestamp('2027-06-30T00:00:00Z')).toBe(false);
  });
});
