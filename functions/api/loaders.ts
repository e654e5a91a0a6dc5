/**
 * Per-request DataLoaders, so nested lookups batch into BatchGetItem calls
 * instead of one GetItem per parent. Created fresh for every request.
 */
import DataLoader from 'dataloader';
import type { Collaboration } from '../core/collaboration.js';
import type { Organization } from '../core/organization.js';
import type { Store } from '../store/store.js';

/** BatchGetItem takes at most 100 keys; the store chunks anyway, this keeps one call per batch. */
const MAX_BATCH = 100;

export interface Loaders {
  /** Organization profiles by id (null when absent). */
  organization: DataLoader<string, Organization | null>;
  /** Collaboration postings by id (null when absent). */
  collaboration: DataLoader<string, Collaboration | null>;
  /** Whether a pair of organizations (either order) has a MUTUAL match: the contact check of each Organization. */
  mutualMatch: DataLoader<readonly [string, string], boolean, string>;
}

export function createLoaders(store: Store): Loaders {
  return {
    organization: new DataLoader((ids) => store.organizations.getMany(ids), { maxBatchSize: MAX_BATCH }),
    collaboration: new DataLoader((ids) => store.collaborations.getMany(ids), { maxBatchSize: MAX_BATCH }),
    mutualMatch: new DataLoader((pairs) => store.matches.haveMutualMatches(pairs), {
      maxBatchSize: MAX_BATCH,
      cacheKeyFn: ([a, b]) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`),
    }),
  };
}
