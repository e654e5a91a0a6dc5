/**
 * A person's notification preferences: read them, change them. The whole
 * value is one item, so an update is all or nothing. They are the caller's
 * own: nobody changes another person's.
 */
import { BadUserInputError } from '../core/errors.js';
import type { NotificationKind } from '../core/notifications/notification.js';
import { defaultPreferencesOf, type NotificationPreferences } from '../core/notifications/notification-preferences.js';
import { duplicateProblems, throwIfAny } from '../core/validation/field-problems.js';
import type { Locale } from '../core/vocabulary.js';
import type { AppRequest } from './app-request.js';
import { readerOf } from './notifications.js';

export interface PreferencesUpdate {
  email?: boolean;
  /** null: back to each organization's language. */
  language?: Locale | null;
  mutedKinds?: NotificationKind[];
}

/** The caller's preferences (the defaults when they never set any). */
export async function notificationPreferences(request: AppRequest): Promise<NotificationPreferences> {
  const subject = readerOf(request.principal);
  if (!subject) throw new BadUserInputError('only a signed-in person has notification preferences', 'principal');
  return (await request.store.notifications.preferences(subject)) ?? defaultPreferencesOf(subject, request.now);
}

/** The caller's preferences after applying `update`. */
export async function updateNotificationPreferences(request: AppRequest, update: PreferencesUpdate): Promise<NotificationPreferences> {
  throwIfAny(duplicateProblems(update.mutedKinds ?? [], 'input.mutedKinds'));
  const { language, ...current } = await notificationPreferences(request);
  const nextLanguage = update.language === undefined ? language : (update.language ?? undefined);
  const next: NotificationPreferences = {
    ...current,
    ...(nextLanguage ? { language: nextLanguage } : {}),
    ...(update.email === undefined ? {} : { email: update.email }),
    ...(update.mutedKinds === undefined ? {} : { mutedKinds: update.mutedKinds }),
    updatedAt: request.now.toISOString(),
  };
  await request.store.notifications.putPreferences(next);
  return next;
}
