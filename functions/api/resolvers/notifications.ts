/**
 * Notification queries, the mark-read mutation and the Notification fields:
 * map arguments, call the use case (functions/app/notifications.ts), render
 * the text in the reader's locale.
 */
import { listNotifications, markNotificationsRead, unreadNotificationCount } from '../../app/notifications.js';
import { updateNotificationPreferences } from '../../app/notification-preferences.js';
import type { ActingForResolver } from '../authorization.js';
import { notificationText } from '../../core/notifications/notification-texts.js';
import type { MutationResolvers, NotificationResolvers, QueryResolvers } from '../generated/resolvers-types.js';
import { definedOnly } from '../inputs/input-values.js';
import { connectionOf } from '../connection.js';

export const notificationQueries: Pick<QueryResolvers, 'notifications' | 'unreadNotificationCount'> = {
  notifications: async (_parent, args, context) => {
    return connectionOf(await listNotifications(context, definedOnly(args)));
  },
  unreadNotificationCount: (_parent, _args, context) => unreadNotificationCount(context),
};

export const notificationMutations: Pick<MutationResolvers, 'markNotificationsRead' | 'updateNotificationPreferences'> = {
  markNotificationsRead: (_parent, { input }, context) => markNotificationsRead(context, definedOnly(input)),
  updateNotificationPreferences: (_parent, { input }, context) =>
    updateNotificationPreferences(context, { ...definedOnly(input), organizationId: input.organizationId }),
};

/** Preferences are changed for the organization the input names. */
export const notificationActingFor: Record<string, ActingForResolver> = {
  'Mutation.updateNotificationPreferences': (args) =>
    Promise.resolve((args.input as { organizationId?: string } | undefined)?.organizationId),
};

export const notificationFields: NotificationResolvers = {
  organizationId: (notification) => notification.recipientOrganizationId,
  read: (notification) => notification.readAt !== undefined,
  text: (notification, { locale }, context) => notificationText(notification, locale ?? context.locale),
};
