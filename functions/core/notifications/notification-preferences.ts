/**
 * How an organization wants to hear of its notifications by mail: on or off,
 * in which language, and which kinds to leave out. Kept per organization
 * until memberships land; then each person gets their own, defaulting to
 * their organization's.
 */
import type { Organization } from '../organization.js';
import { LOCALES, type Locale } from '../vocabulary.js';
import type { NotificationKind } from './notification.js';

export interface NotificationPreferences {
  organizationId: string;
  /** Whether notifications are mailed at all (one-click unsubscribe turns this off). */
  email: boolean;
  /** The language of the mails. */
  language: Locale;
  /** Kinds never mailed (still shown in the app). */
  mutedKinds: NotificationKind[];
  updatedAt: string;
}

/** The language an organization reads by default: its first preferred language, else its country's. */
export function defaultLanguageOf(organization: Pick<Organization, 'country' | 'preferences'>): Locale {
  const preferred = organization.preferences.languages.find((language) => (LOCALES as readonly string[]).includes(language));
  return preferred ?? (organization.country === 'CN' ? 'zh' : 'ko');
}

/** The preferences of an organization that never set any: mail on, in its default language. */
export function defaultPreferencesOf(
  organization: Pick<Organization, 'id' | 'country' | 'preferences' | 'createdAt'>,
): NotificationPreferences {
  return {
    organizationId: organization.id,
    email: true,
    language: defaultLanguageOf(organization),
    mutedKinds: [],
    updatedAt: organization.createdAt,
  };
}

/** Whether a notification of `kind` is mailed under `preferences`. */
export function mailsKind(preferences: NotificationPreferences, kind: NotificationKind): boolean {
  return preferences.email && !preferences.mutedKinds.includes(kind);
}
