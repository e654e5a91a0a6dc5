/**
 * Notification items (`INBOX#<subject>` / `NOTE#<occurredAt>#<digest>`): one per
 * notification and reader, in the reader's inbox partition, newest last in key order
 * (read with ScanIndexForward false). While unread it is also listed in gsi1
 * under `UNREAD#<subject>`; marking it read removes those keys, so the unread
 * list and count read only unread items. Expires NOTIFICATION_RETENTION_DAYS
 * after it was made (TTL).
 */
import { DECLINE_REASONS, MATCH_OUTCOMES } from '../../core/match/match-record.js';
import { NOTIFICATION_KINDS, notificationExpiry, type Notification } from '../../core/notifications/notification.js';
import type { LocalizedText } from '../../core/vocabulary.js';
import { oneOf, optional, shape, str, type Field, type ShapeOf } from './item-parser.js';
import { declareItemType } from './item-type.js';
import { indexKey, notificationKey, unreadPartition, type Item } from './keys.js';

const localizedText: Field<LocalizedText> = shape<LocalizedText>({ en: optional(str), zh: optional(str), ko: optional(str) });

const notificationFields: ShapeOf<Notification> = {
  id: str,
  recipientSubject: str,
  recipientOrganizationId: str,
  kind: oneOf(NOTIFICATION_KINDS),
  occurredAt: str,
  matchId: optional(str),
  collaborationId: optional(str),
  relatedOrganizationId: optional(str),
  declineReason: optional(oneOf(DECLINE_REASONS)),
  outcome: optional(oneOf(MATCH_OUTCOMES)),
  eventId: optional(str),
  meetingId: optional(str),
  meetingSlotId: optional(str),
  meetingTable: optional(str),
  relatedName: optional(localizedText),
  eventName: optional(localizedText),
  readAt: optional(str),
  mailedAt: optional(str),
};

/** A notification, listed in gsi1 while unread. */
export const NOTIFICATION_ITEM = declareItemType('NOTIFICATION', shape<Notification>(notificationFields), {
  indexes: ['gsi1'],
  expires: true,
});

/** The notification read back from its item. */
export const notificationFromItem = NOTIFICATION_ITEM.parse;

/** A notification id: when it happened, then a digest unique per source event, recipient and kind. */
export const NOTIFICATION_ID_PATTERN = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z#[A-Za-z0-9_-]{8,64}$/;

/** Whether `id` could name a notification (checked before it becomes part of a key). */
export const isNotificationId = (id: string): boolean => NOTIFICATION_ID_PATTERN.test(id);

/** The item of a new (unread) notification. */
export function notificationItem(notification: Notification): Item {
  const key = notificationKey(notification.recipientSubject, notification.id);
  return {
    ...key,
    entity: NOTIFICATION_ITEM.entity,
    ...(notification.readAt ? {} : indexKey('gsi1', unreadPartition(notification.recipientSubject), key.sk)),
    ...notification,
    ttl: notificationExpiry(notification.occurredAt),
  };
}
