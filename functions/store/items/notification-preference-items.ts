/**
 * Notification preference items (`INBOX#<orgId>` / `PREFERENCES`): one per
 * organization that changed its preferences or unsubscribed; absent means the
 * defaults (core/notifications/notification-preferences.ts).
 */
import { NOTIFICATION_KINDS } from '../../core/notifications/notification.js';
import type { NotificationPreferences } from '../../core/notifications/notification-preferences.js';
import { LOCALES } from '../../core/vocabulary.js';
import { bool, list, oneOf, shape, str } from './item-parser.js';
import { declareItemType } from './item-type.js';
import { notificationPreferencesKey, type Item } from './keys.js';

/** An organization's notification preferences. */
export const NOTIFICATION_PREFERENCES_ITEM = declareItemType(
  'NOTIFICATION_PREFERENCES',
  shape<NotificationPreferences>({
    organizationId: str,
    email: bool,
    language: oneOf(LOCALES),
    mutedKinds: list(oneOf(NOTIFICATION_KINDS)),
    updatedAt: str,
  }),
);

/** The item of an organization's preferences. */
export function notificationPreferencesItem(preferences: NotificationPreferences): Item {
  return { ...notificationPreferencesKey(preferences.organizationId), entity: NOTIFICATION_PREFERENCES_ITEM.entity, ...preferences };
}
