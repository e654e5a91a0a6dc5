/**
 * The UI language: defaults to the browser's, switchable, remembered in
 * localStorage, and mirrored to <html lang> so screen readers pronounce it right.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { enumKey, formatMessage, type MessageValues } from './format.js';
import { LOCALES, preferredLocale, type Locale } from './locales.js';
import type { MessageKey } from './messages/index.js';

const STORAGE_KEY = 'chainfit.locale';

/** What components get from useI18n(). */
export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: (key: MessageKey, values?: MessageValues) => string;
  /** Label of a GraphQL enum value. */
  label: (enumName: string, value: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  const known = LOCALES.find((locale) => locale === stored);
  return known ?? preferredLocale(navigator.languages);
}

/** Provides the UI language to the tree. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLocaleState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, values) => formatMessage(locale, key, values),
      label: (enumName, value) => formatMessage(locale, enumKey(enumName, value)),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The UI language and its messages. */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
