/**
 * Per-request DataLoaders, so the reads of one request (a search's winners,
 * the owners of listed collaborations, the contact check of each
 * organization) batch into BatchGetItem calls instead of one GetItem each,
 * and a record read by a use case is not read again by the fields rendering
 * it. Created fresh for every request.
 */
import DataLoader from 'dataloader';
import type { Membership } from '../core/access/membership.js';
import type { Collaboration } from '../core/collaboration.js';
import type { MatchmakingEvent } from '../core/events/event-definition.js';
import type { Organization } from '../core/organization.js';
import type { Store } from '../store/store.js';

/** BatchGetItem takes at most 100 keys; the store chunks anyway, this keeps one call per batch. */
const MAX_BATCH = 100;

/** The batched reads of one request. */
export interface RequestLoaders {
  /** Organization profiles by id (null when absent). */
  organization: DataLoader<string, Organization | null>;
  /** Collaborations by id (null when absent). */
  collaboration: DataLoader<string, Collaboration | null>;
  /** Whether a pair of organizations (either order) has a MUTUAL match: the contact check of each Organization. */
  mutualMatch: DataLoader<readonly [string, string], boolean, string>;
  /** A person's memberships by subject: read at most once per request (functions/app/principal-memberships.ts; the process's membership cache may spare it). */
  memberships: DataLoader<string, Membership[]>;
  /** Matchmaking events by id (null when absent): the notification worker names each meeting notification's event once per record. */
  matchmakingEvent: DataLoader<string, MatchmakingEvent | null>;
}

/** Fresh loaders over the store, for one request. */
export function createRequestLoaders(store: Store): RequestLoaders {
  return {
    organization: new DataLoader((ids) => store.organizations.getMany(ids), { maxBatchSize: MAX_BATCH }),
    collaboration: new DataLoader((ids) => store.collaborations.getMany(ids), { maxBatchSize: MAX_BATCH }),
    mutualMatch: new DataLoader((pairs) => store.matches.haveMutualMatches(pairs), {
      maxBatchSize: MAX_BATCH,
      cacheKeyFn: ([a, b]) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`),
    }),
    // One Query per person; a request has one caller, so no batching is lost.
    memberships: new DataLoader((subjects) => Promise.all(subjects.map((subject) => store.memberships.membershipsOf(subject))), {
      batch: false,
    }),
    matchmakingEvent: new DataLoader((ids) => Promise.all(ids.map((id) => store.events.event(id))), { batch: false }),
  };
}
