/**
 * The registry of every item type the table holds, one declaration each
 * (entity tag, indexes, TTL, parser). docs/data-model.md is checked against
 * it by test/unit/store/data-model-doc.test.ts: a new item type must be
 * registered here and documented there.
 */
import { COLLABORATION_INDEX_ITEM } from './collaboration-index-items.js';
import { COLLABORATION_ITEM, COLLABORATION_LISTING_ITEM } from './collaboration-items.js';
import { IDEMPOTENCY_ITEM } from './idempotency-items.js';
import type { ItemType } from './item-type.js';
import { MATCH_ITEM, MUTUAL_PAIR_ITEM } from './match-items.js';
import { MATCH_INDEX_ITEM } from './organization-index-items.js';
import { ORGANIZATION_ITEM, ORGANIZATION_LISTING_ITEM } from './organization-items.js';
import { DATASET_MARKER_ITEM, RATE_LIMIT_ITEM } from './system-items.js';
import {
  INVITATION_ITEM,
  JOIN_REQUEST_ITEM,
  MEMBER_COUNT_ITEM,
  ORGANIZATION_MEMBER_ITEM,
  PERSON_ITEM,
  PERSON_MEMBERSHIP_ITEM,
  SENT_INVITATION_ITEM,
} from './membership-items.js';
import { REVIEW_QUEUE_ITEM } from './review-queue-items.js';
import { EVENT_ITEM, MEETING_ITEM, MEETING_PAIR_ITEM, PARTICIPATION_ITEM, RESERVATION_ITEM } from './event-items.js';
import { NOTIFICATION_ITEM } from './notification-items.js';
import { NOTIFICATION_PREFERENCES_ITEM } from './notification-preference-items.js';
import { ALERT_SENT_ITEM, ORGANIZATION_ALERTS_ITEM } from './alert-items.js';
import { DIGEST_QUEUE_ITEM, DIGEST_SENT_ITEM } from './digest-items.js';
import { WEBHOOK_DELIVERY_ITEM, WEBHOOK_ITEM } from './webhook-items.js';

/** Every item type of the table. */
export const ITEM_TYPES: readonly ItemType[] = [
  ORGANIZATION_ITEM,
  ORGANIZATION_LISTING_ITEM,
  MATCH_INDEX_ITEM,
  COLLABORATION_ITEM,
  COLLABORATION_LISTING_ITEM,
  COLLABORATION_INDEX_ITEM,
  MATCH_ITEM,
  MUTUAL_PAIR_ITEM,
  IDEMPOTENCY_ITEM,
  RATE_LIMIT_ITEM,
  DATASET_MARKER_ITEM,
  ORGANIZATION_MEMBER_ITEM,
  PERSON_MEMBERSHIP_ITEM,
  MEMBER_COUNT_ITEM,
  PERSON_ITEM,
  INVITATION_ITEM,
  SENT_INVITATION_ITEM,
  JOIN_REQUEST_ITEM,
  REVIEW_QUEUE_ITEM,
  EVENT_ITEM,
  PARTICIPATION_ITEM,
  MEETING_ITEM,
  MEETING_PAIR_ITEM,
  RESERVATION_ITEM,
  NOTIFICATION_ITEM,
  NOTIFICATION_PREFERENCES_ITEM,
  ORGANIZATION_ALERTS_ITEM,
  ALERT_SENT_ITEM,
  DIGEST_QUEUE_ITEM,
  DIGEST_SENT_ITEM,
  WEBHOOK_ITEM,
  WEBHOOK_DELIVERY_ITEM,
];
