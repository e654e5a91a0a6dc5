/**
 * The one-time migration to the one time format (docs/data-model.md, "Time
 * format"): collaborations whose `expiresAt` was stored as the client typed
 * it (an offset other than Z, `toUTCString()` text, `06/30/2027`) get it
 * rewritten in UTC ISO 8601, with their listing and index items, keeping
 * the instant the API used to read from it (`Date.parse` in UTC, as on
 * Lambda). Values `Date.parse` cannot read are reported, not guessed.
 * Every other stored time was always written by the server's toISOString().
 */
import type { Collaboration } from '../core/collaboration.js';
import { isCanonicalTimestamp } from '../core/validation/iso-timestamp.js';
import { runMaintenance, type Judge, type MaintenanceOptions, type MaintenanceReport, type Verdict } from './maintenance-run.js';
import type { Store } from './store.js';

/** The stored form of a time stored in an older format, read as the API used to read it; null when unreadable. */
export function legacyTimestamp(text: string): string | null {
  const at = Date.parse(text);
  return Number.isNaN(at) ? null : new Date(at).toISOString();
}

/** What the migration does with one collaboration. */
export function expiryVerdict(collaboration: Collaboration): Verdict<Collaboration> {
  if (isCanonicalTimestamp(collaboration.expiresAt)) return { action: 'keep' };
  const expiresAt = legacyTimestamp(collaboration.expiresAt);
  if (!expiresAt) return { action: 'unfixable', reason: `expiresAt ${JSON.stringify(collaboration.expiresAt)} is not a readable time` };
  return { action: 'rewrite', next: { ...collaboration, expiresAt } };
}

/** Normalises every stored collaboration expiry (a dry run counts only); run it with TZ=UTC, as the API ran. */
export function migrateTimestamps(store: Store, options: MaintenanceOptions): Promise<MaintenanceReport> {
  // The walk reads collaborations through the collaboration repository: `kind` says what `value` is.
  const judge: Judge = (kind, value) => (kind === 'collaborations' ? expiryVerdict(value as Collaboration) : { action: 'keep' });
  return runMaintenance(store, judge, options);
}
