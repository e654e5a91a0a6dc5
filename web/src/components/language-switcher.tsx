/** The language switcher: a labelled select, each language named in itself. */
import { useId } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { LOCALES, type Locale } from '../i18n/locales.js';

/** Switches the UI language. */
export function LanguageSwitcher() {
  const { t, locale, setLocale } = useI18n();
  const id = useId();
  return (
    <div className="language">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={locale}
        onChange={(event) => {
          setLocale(event.target.value as Locale);
        }}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
