/**
 * An open collaboration's industry-chain index items (`SEGMENT#<S>` /
 * `OPEN#<collaborationId>`), one per segment, carrying a CollaborationSnapshot
 * and `ttl` = expiry so DynamoDB removes them once the collaboration expires.
 * Closed, expired and closed-for-interest collaborations have none (matching
 * must not recommend what expressInterest refuses); readers still check
 * expiry and openForInterest, since TTL deletion lags by days and items
 * written before this rule may remain until the next write or reindex.
 */
import { effectiveStatus, type Collaboration } from '../../core/collaboration.js';
import { collaborationSnapshotOf, type CollaborationSnapshot } from '../../core/collaboration-snapshot.js';
import { COLLABORATION_FIELDS } from './collaboration-items.js';
import { pick, shape, type Field } from './item-parser.js';
import { declareItemType } from './item-type.js';
import { openCollaborationIndexKey, type Item, type ItemKey } from './keys.js';

const snapshot: Field<CollaborationSnapshot> = shape<CollaborationSnapshot>(
  pick(COLLABORATION_FIELDS, [
    'id',
    'ownerOrganizationId',
    'kind',
    'segments',
    'cooperationModes',
    'partnerTypes',
    'partnerCountries',
    'maturity',
    'ipStatus',
    'expiresAt',
    'openForInterest',
  ]),
);

/** An open-collaboration index item; its value is the snapshot it carries. */
export const COLLABORATION_INDEX_ITEM = declareItemType('COLLABORATION_INDEX', snapshot, { expires: true, carriedIn: 'collaboration' });

/** Epoch seconds, as DynamoDB TTL wants. */
export function epochSeconds(iso: string): number {
  return Math.floor(Date.parse(iso) / 1000);
}

/** Whether a collaboration (or its snapshot) takes expressions of interest at `now`: open, unexpired, open for interest. */
export function takesInterest(value: Pick<Collaboration, 'status' | 'expiresAt' | 'openForInterest'>, now: Date): boolean {
  return effectiveStatus(value, now) === 'OPEN' && value.openForInterest;
}

/** One index item per segment while the collaboration takes interest at `now`; none otherwise. */
export function collaborationIndexItems(value: Collaboration, now: Date): Item[] {
  if (!takesInterest(value, now)) return [];
  const carried = collaborationSnapshotOf(value);
  return value.segments.map((segmentId) => ({
    ...openCollaborationIndexKey(segmentId, value.id),
    entity: COLLABORATION_INDEX_ITEM.entity,
    segmentId,
    collaborationId: value.id,
    collaboration: carried,
    ttl: epochSeconds(value.expiresAt),
  }));
}

/** Keys of every index item a collaboration could have (all its segments), for deleting stale ones. */
export function collaborationIndexKeys(value: Pick<Collaboration, 'id' | 'segments'>): ItemKey[] {
  return value.segments.map((segmentId) => openCollaborationIndexKey(segmentId, value.id));
}

/** The snapshot an index item carries. */
export const collaborationSnapshotFromIndexItem = COLLABORATION_INDEX_ITEM.parse;
