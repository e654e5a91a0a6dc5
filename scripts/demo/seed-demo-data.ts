/**
 * Loads the demo data set (organizations, postings, matches, demo owners, a matchmaking event) into a table,
 * idempotently: every item has a fixed id and is built by the same item
 * builders the repositories use, so loading twice writes the same items
 * again and duplicates nothing. Batch writes keep
 * `npm start` fast on DynamoDB Local; a marker skips loading when this
 * version is already there.
 */
import { zoneIndustryChainModel } from '../../functions/core/industry-chain/zone-model.js';
import { matchFitOn } from '../../functions/core/match/match-fit.js';
import type { Store } from '../../functions/store/store.js';
import { importEvent } from '../../functions/store/event-import.js';
import { demoEvent, demoEventParticipations } from './events/demo-events.js';
import { demoMatches } from './matches/demo-matches.js';
import { demoMembers } from './members/demo-members.js';
import { demoCollaborations, demoOrganizations } from './organizations/demo-data-set.js';

export const DEMO_DATASET = 'chainfit-demo';
/** Bump whenever the demo content changes, so existing local tables reload it. */
export const DEMO_DATASET_VERSION = '2026.12.2';

export interface SeedResult {
  /** False when the marker says this version is already loaded. */
  loaded: boolean;
  organizations?: number;
  collaborations?: number;
  matches?: number;
  members?: number;
  events?: number;
}

export async function seedDemoData(store: Store, options: { force?: boolean; now?: Date } = {}): Promise<SeedResult> {
  const marker = await store.system.datasetMarker();
  if (!options.force && marker?.dataset === DEMO_DATASET && marker.version === DEMO_DATASET_VERSION) return { loaded: false };
  const now = options.now ?? new Date();
  const organizations = demoOrganizations();
  const collaborations = demoCollaborations(organizations, now);
  await store.organizations.importMany(organizations);
  await store.collaborations.importMany(collaborations, now);
  // The fit snapshots come from the same fit function expressInterest uses.
  const matches = demoMatches(organizations, matchFitOn(zoneIndustryChainModel.chainGraph));
  await store.matches.importMany(matches);
  const members = demoMembers(new Set(organizations.map((org) => org.id)));
  await store.memberships.importMembers(members);
  const event = demoEvent(now);
  await importEvent(store, event, demoEventParticipations(event), []);
  await store.system.putDatasetMarker({ dataset: DEMO_DATASET, version: DEMO_DATASET_VERSION, loadedAt: now.toISOString() });
  return {
    loaded: true,
    organizations: organizations.length,
    collaborations: collaborations.length,
    matches: matches.length,
    members: members.length,
    events: 1,
  };
}
