/**
 * The closed vocabularies every part of chainfit shares: locales, organization
 * types, countries, cooperation modes, technology maturity and IP status.
 * Each list is defined once here; the GraphQL enums mirror these values.
 */

export const LOCALES = ['en', 'zh', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Text in up to three languages; English is the fallback when rendering. */
export interface LocalizedText {
  en?: string;
  zh?: string;
  ko?: string;
}

/** Text that must exist in all three languages (model data, not user input). */
export type TrilingualText = Required<LocalizedText>;

export const ORGANIZATION_TYPES = ['ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** ISO 3166-1 alpha-2. The zone is for China and Korea; the list may grow. */
export const COUNTRIES = ['CN', 'KR'] as const;
export type Country = (typeof COUNTRIES)[number];

/** What two organizations may do together (one enum, see docs/industry-chains.md). */
export const COOPERATION_MODES = [
  'SUPPLY_AGREEMENT',
  'DISTRIBUTION',
  'JOINT_VENTURE',
  'INVESTMENT',
  'TECHNOLOGY_LICENSING',
  'JOINT_RND',
  'JOINT_LAB',
  'CONTRACT_MANUFACTURING',
  'TALENT_TRAINING',
] as const;
export type CooperationMode = (typeof COOPERATION_MODES)[number];

/** EEN technology maturity, least to most mature. */
export const TECHNOLOGY_MATURITIES = [
  'CONCEPT',
  'UNDER_DEVELOPMENT',
  'LAB_TESTED',
  'AVAILABLE_FOR_DEMONSTRATION',
  'ON_THE_MARKET',
] as const;
export type TechnologyMaturity = (typeof TECHNOLOGY_MATURITIES)[number];

/** EEN intellectual-property status. */
export const IP_STATUSES = ['NO_IPR', 'SECRET_KNOW_HOW', 'APPLIED', 'GRANTED'] as const;
export type IpStatus = (typeof IP_STATUSES)[number];

/** Picks the text in the requested locale, falling back to English, then any language. */
export function localize(text: LocalizedText, locale: Locale): string {
  return text[locale] ?? text.en ?? text.zh ?? text.ko ?? '';
}

/**
 * The first supported locale of an Accept-Language header, by quality
 * ("ko-KR,ko;q=0.9,en;q=0.8" → ko; "zh-CN" → zh); undefined when none is supported.
 */
export function localeFromAcceptLanguage(header: string | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { language: tag.trim().toLowerCase().split('-')[0] ?? '', quality: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find((language): language is Locale => (LOCALES as readonly string[]).includes(language));
}
