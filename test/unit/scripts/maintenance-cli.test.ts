import { describe, expect, it } from 'vitest';
import { describeReport, parseMaintenanceArgs } from '../../../scripts/maintenance-cli.js';
import { expiryVerdict, legacyTimestamp } from '../../../functions/store/timestamp-migration.js';
import { aCollaboration } from '../../support/organization-factory.js';

describe('the maintenance scripts’ command line', () => {
  it('counts only unless --apply is given, 25 per batch by default', () => {
    expect(parseMaintenanceArgs([])).toEqual({ apply: false, batchSize: 25 });
    expect(parseMaintenanceArgs(['--apply', '--batch', '100', '--resume', 'abc'])).toEqual({
      apply: true,
      batchSize: 100,
      resumeFrom: 'abc',
    });
  });

  it.each([[['--batch', '0']], [['--batch', '101']], [['--batch', 'many']], [['--resume']], [['--force']]])('refuses %j', (argv) => {
    expect(() => parseMaintenanceArgs(argv)).toThrow();
  });

  it('reports counts and what could not be fixed on one line', () => {
    const line = describeReport({
      examined: 6,
      needing: 3,
      rewritten: 2,
      skippedConcurrent: 1,
      unfixable: [{ id: 'col-x', reason: 'unreadable' }],
    });
    expect(line).toBe('examined 6, needing a rewrite 3, rewritten 2, changed concurrently 1, 1 not fixable (col-x: unreadable)');
  });
});

describe('the timestamp migration’s verdicts', () => {
  it('keeps an expiry already in the stored form', () => {
    expect(expiryVerdict(aCollaboration({ expiresAt: '2027-06-30T00:00:00.000Z' }))).toEqual({ action: 'keep' });
  });

  it('rewrites an expiry with an offset to the same instant in UTC', () => {
    const verdict = expiryVerdict(aCollaboration({ expiresAt: '2027-06-30T09:00:00+09:00' }));
    expect(verdict).toMatchObject({ action: 'rewrite', next: { expiresAt: '2027-06-30T00:00:00.000Z' } });
  });

  it('reports an unreadable expiry instead of guessing', () => {
    expect(legacyTimestamp('next spring')).toBeNull();
    expect(expiryVerdict(aCollaboration({ expiresAt: 'next spring' }))).toMatchObject({ action: 'unfixable' });
  });
});
