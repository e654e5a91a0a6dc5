/**
 * How a person wants to hear of their notifications by mail: on or off, in
 * which language, and which kinds to leave out. One value per person, for all
 * their organizations; a person who never set any gets the defaults (mail on,
 * each mail in the language of the organization it is about).
 */
import type { Organization } from '../organization.js';
import { LOCALES, type Locale } from '../vocabulary.js';
import type { NotificationKind } from './notification.js';

export interface NotificationPreferences {
  /** The person (identity-provider subject). */
  subject: string;
  /** Whether notifications are mailed at all (one-click unsubscribe turns this off). */
  email: boolean;
  /** The language of the mails; absent: the language of the organization each mail is about. */
  language?: Locale;
  /** Kinds never mailed (still shown in the app). */
  mutedKinds: NotificationKind[];
  updatedAt: string;
}

/** The language an organization reads by default: its first preferred language, else its country's. */
export function defaultLanguageOf(organization: Pick<Organization, 'country' | 'preferences'>): Locale {
  const preferred = organization.preferences.languages.find((language) => (LOCALES as readonly string[]).includes(language));
  return preferred ?? (organization.country === 'CN' ? 'zh' : 'ko');
}

/** The preferences of a person who never set any: mail on, in each organization's language. */
export function defaultPreferencesOf(subject: string, now: Date): NotificationPreferences {
  return { subject, email: true, mutedKinds: [], updatedAt: now.toISOString() };
}

/** Whether a notification of `kind` is mailed under `preferences`. */
export function mailsKind(preferences: NotificationPreferences, kind: NotificationKind): boolean {
  return preferences.email && !preferences.mutedKinds.includes(kind);
}

/** The language of a mail about `organization` under `preferences`. */
export function mailLanguageOf(preferences: NotificationPreferences, organization: Pick<Organization, 'country' | 'preferences'>): Locale {
  return preferences.language ?? defaultLanguageOf(organization);
}
