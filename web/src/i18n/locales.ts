/** The console's languages: the API's Locale enum, English first (the fallback). */
export const LOCALES = ['en', 'zh', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];

/** The first of the browser's preferred languages the console speaks, else English. */
export function preferredLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    const found = LOCALES.find((locale) => locale === primary);
    if (found) return found;
  }
  return 'en';
}
