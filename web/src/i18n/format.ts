/** Message lookup and `{name}` interpolation, free of React so it is unit-testable. */
import type { Locale } from './locales.js';
import { MESSAGES, type MessageKey } from './messages/index.js';

/** Shown instead of a missing message; the browser tests look for it on every screen. */
export const MISSING_MARK = '⟦';

/** Values a message may interpolate. */
export type MessageValues = Record<string, string | number>;

/** The message `key` in `locale` with `{name}` placeholders filled; a missing key shows as ⟦key⟧. */
export function formatMessage(locale: Locale, key: string, values: MessageValues = {}): string {
  const template = (MESSAGES[locale] as Record<string, string | undefined>)[key];
  if (template === undefined) return `${MISSING_MARK}${key}⟧`;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The label of a GraphQL enum value, e.g. enumLabel('Country', 'CN'). */
export function enumKey(enumName: string, value: string): MessageKey {
  return `enum.${enumName}.${value}` as MessageKey;
}
