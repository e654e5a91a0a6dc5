/**
 * Notification preference items (`INBOX#<subject>` / `PREFERENCES`): one per
 * person who changed their preferences or unsubscribed; absent means the
 * defaults (core/notifications/notification-preferences.ts).
 */
import { NOTIFICATION_KINDS } from '../../core/notifications/notification.js';
import type { NotificationPreferences } from '../../core/notifications/notification-preferences.js';
import { LOCALES } from '../../core/vocabulary.js';
import { bool, list, oneOf, optional, shape, str } from './item-parser.js';
import { declareItemType } from './item-type.js';
import { notificationPreferencesKey, type Item } from './keys.js';

/** A person's notification preferences. */
export const NOTIFICATION_PREFERENCES_ITEM = declareItemType(
  'NOTIFICATION_PREFERENCES',
  shape<NotificationPreferences>({
    subject: str,
    email: bool,
    language: optional(oneOf(LOCALES)),
    mutedKinds: list(oneOf(NOTIFICATION_KINDS)),
    updatedAt: str,
  }),
);

/** The item of a person's preferences. */
export function notificationPreferencesItem(preferences: NotificationPreferences): Item {
  return { ...notificationPreferencesKey(preferences.subject), entity: NOTIFICATION_PREFERENCES_ITEM.entity, ...preferences };
}
