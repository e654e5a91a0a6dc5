/**
 * Pure builders of an open posting's industry-chain index items
 * (`SEGMENT#<S>` / `POSTINGS#<postingId>`), one per segment, carrying a
 * PostingSnapshot and `ttl` = expiry so DynamoDB removes them once the posting
 * expires. Closed and expired postings have none; readers still check expiry,
 * since TTL deletion can lag by days.
 */
import { effectiveStatus, type Collaboration } from '../core/collaboration.js';
import { postingSnapshotOf, type PostingSnapshot } from '../core/posting-snapshot.js';
import { openPostingIndexKey, type Item, type ItemKey } from './item-keys.js';

export const POSTING_INDEX_ENTITY = 'POSTING_INDEX';

/** Epoch seconds, as DynamoDB TTL wants. */
export function epochSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

export function collaborationIndexItems(posting: Collaboration, now: Date): Item[] {
  if (effectiveStatus(posting, now) !== 'OPEN') return [];
  const snapshot = postingSnapshotOf(posting);
  return posting.segments.map((segmentId) => ({
    ...openPostingIndexKey(segmentId, posting.id),
    entity: POSTING_INDEX_ENTITY,
    segmentId,
    collaborationId: posting.id,
    posting: snapshot,
    ttl: epochSeconds(posting.expiresAt),
  }));
}

/** Keys of every index item a posting could have (all its segments), for deleting stale ones. */
export function collaborationIndexKeys(posting: Pick<Collaboration, 'id' | 'segments'>): ItemKey[] {
  return posting.segments.map((segmentId) => openPostingIndexKey(segmentId, posting.id));
}

export function postingSnapshotFromIndexItem(item: Record<string, unknown>): PostingSnapshot {
  return item.posting as PostingSnapshot;
}
