/**
 * Changing how an organization's notifications are mailed. The whole
 * preferences value is one item, so an update is all or nothing.
 */
import { NotFoundError } from '../core/errors.js';
import type { NotificationKind } from '../core/notifications/notification.js';
import { defaultPreferencesOf, type NotificationPreferences } from '../core/notifications/notification-preferences.js';
import { duplicateProblems, throwIfAny } from '../core/validation/field-problems.js';
import type { Locale } from '../core/vocabulary.js';
import type { AppRequest } from './app-request.js';

export interface PreferencesUpdate {
  organizationId: string;
  email?: boolean;
  language?: Locale;
  mutedKinds?: NotificationKind[];
}

/** The organization's preferences after applying `update` (NOT_FOUND for an unknown organization). */
export async function updateNotificationPreferences(request: AppRequest, update: PreferencesUpdate): Promise<NotificationPreferences> {
  throwIfAny(duplicateProblems(update.mutedKinds ?? [], 'input.mutedKinds'));
  const organization = await request.loaders.organization.load(update.organizationId);
  if (!organization) throw new NotFoundError('Organization', update.organizationId);
  const current = (await request.store.notifications.preferences(organization.id)) ?? defaultPreferencesOf(organization);
  const next: NotificationPreferences = {
    ...current,
    ...(update.email === undefined ? {} : { email: update.email }),
    ...(update.language === undefined ? {} : { language: update.language }),
    ...(update.mutedKinds === undefined ? {} : { mutedKinds: update.mutedKinds }),
    updatedAt: request.now.toISOString(),
  };
  await request.store.notifications.putPreferences(next);
  return next;
}
