/**
 * Loads the demo data set into a table, idempotently: every item has a fixed
 * id and is built by the same item builders the repositories use, so loading
 * twice writes the same items again and duplicates nothing. Batch writes keep
 * `npm start` fast on DynamoDB Local; a marker skips loading when this
 * version is already there.
 */
import type { Store } from '../../functions/store/store.js';
import { demoCollaborations, demoOrganizations } from './organizations/demo-data-set.js';

export const DEMO_DATASET = 'chainfit-demo';
/** Bump whenever the demo content changes, so existing local tables reload it. */
export const DEMO_DATASET_VERSION = '2026.11.3';

export interface SeedResult {
  /** False when the marker says this version is already loaded. */
  loaded: boolean;
  organizations?: number;
  collaborations?: number;
}

export async function seedDemoData(store: Store, options: { force?: boolean; now?: Date } = {}): Promise<SeedResult> {
  const marker = await store.system.datasetMarker();
  if (!options.force && marker?.dataset === DEMO_DATASET && marker.version === DEMO_DATASET_VERSION) return { loaded: false };
  const now = options.now ?? new Date();
  const organizations = demoOrganizations();
  const collaborations = demoCollaborations(organizations, now);
  await store.organizations.importMany(organizations);
  await store.collaborations.importMany(collaborations, now);
  await store.system.putDatasetMarker({ dataset: DEMO_DATASET, version: DEMO_DATASET_VERSION, loadedAt: now.toISOString() });
  return { loaded: true, organizations: organizations.length, collaborations: collaborations.length };
}
