/**
 * Reindexing after an industry-chain model version change (a segment moved to
 * another chain, segments added or renamed): every organization and
 * collaboration whose listing and index items are not exactly what the
 * current model derives, or were built with another model version, gets them
 * rewritten; items under keys the new model no longer derives are deleted
 * (the main item remembers them: items/written-keys.ts). Expired
 * collaborations lose index items TTL has not yet removed.
 */
import { runMaintenance, type Judge, type MaintenanceOptions, type MaintenanceReport } from './maintenance-run.js';
import type { Store } from './store.js';

/** Reindexes every organization and collaboration whose items the current model would write differently (a dry run counts only). */
export function reindex(store: Store, options: MaintenanceOptions): Promise<MaintenanceReport> {
  const judge: Judge = (_kind, value, repository) =>
    repository.isIndexedCurrently(value, options.now) ? { action: 'keep' } : { action: 'rewrite', next: value };
  return runMaintenance(store, judge, options);
}
