/**
 * The verification queue: one entry per UNVERIFIED organization
 * (`ORG#<orgId>` / `REVIEW#QUEUED`, gsi1 `REVIEW#QUEUED` / `<queuedAt>#<orgId>`),
 * written and deleted with the profile in the same transaction, so the queue
 * never disagrees with the profiles. Administrators read it oldest first.
 */
import { queuedAtOf } from '../../core/membership/verification-review.js';
import type { Organization } from '../../core/organization.js';
import { shape, str } from './item-parser.js';
import { declareItemType } from './item-type.js';
import { indexKey, REVIEW_QUEUE_PARTITION, reviewQueueKey, reviewQueuePosition, type Item } from './keys.js';

/** A queue entry names the organization waiting for review. */
export const REVIEW_QUEUE_ITEM = declareItemType(
  'REVIEW_QUEUE_ENTRY',
  shape<{ organizationId: string; queuedAt: string }>({ organizationId: str, queuedAt: str }),
  {
    indexes: ['gsi1'],
  },
);

/** The queue entry an organization has in this state: one while UNVERIFIED, none otherwise. */
export function reviewQueueItems(org: Organization): Item[] {
  if (org.verification !== 'UNVERIFIED') return [];
  const queuedAt = queuedAtOf(org);
  return [
    {
      ...reviewQueueKey(org.id),
      ...indexKey('gsi1', REVIEW_QUEUE_PARTITION, reviewQueuePosition(queuedAt, org.id)),
      entity: REVIEW_QUEUE_ITEM.entity,
      organizationId: org.id,
      queuedAt,
    },
  ];
}
