/**
 * Notification queries and mutations and the Notification fields: map
 * arguments, call the use case (functions/app/notifications.ts,
 * functions/app/notification-preferences.ts), render the text in the
 * reader's locale. Every operation is about the caller's own inbox.
 */
import { listNotifications, markNotificationsRead, unreadNotificationCount } from '../../app/notifications.js';
import { notificationPreferences, updateNotificationPreferences } from '../../app/notification-preferences.js';
import { notificationText } from '../../core/notifications/notification-texts.js';
import type {
  MutationResolvers,
  NotificationPreferencesResolvers,
  NotificationResolvers,
  QueryResolvers,
} from '../generated/resolvers-types.js';
import { definedOnly } from '../inputs/input-values.js';
import { connectionOf } from '../connection.js';

export const notificationQueries: Pick<QueryResolvers, 'notifications' | 'unreadNotificationCount' | 'notificationPreferences'> = {
  notifications: async (_parent, args, context) => connectionOf(await listNotifications(context, definedOnly(args))),
  unreadNotificationCount: (_parent, _args, context) => unreadNotificationCount(context),
  notificationPreferences: (_parent, _args, context) => notificationPreferences(context),
};

export const notificationMutations: Pick<MutationResolvers, 'markNotificationsRead' | 'updateNotificationPreferences'> = {
  markNotificationsRead: (_parent, { input }, context) => markNotificationsRead(context, definedOnly(input)),
  updateNotificationPreferences: (_parent, { input }, context) =>
    updateNotificationPreferences(context, {
      ...definedOnly({ email: input.email, mutedKinds: input.mutedKinds }),
      // An explicit null language goes back to each organization's language.
      ...(input.language === undefined ? {} : { language: input.language }),
    }),
};

export const notificationFields: NotificationResolvers = {
  organizationId: (notification) => notification.recipientOrganizationId,
  read: (notification) => notification.readAt !== undefined,
  text: (notification, { locale }, context) => notificationText(notification, locale ?? context.locale),
};

export const notificationPreferencesFields: NotificationPreferencesResolvers = {
  language: (preferences) => preferences.language ?? null,
};
