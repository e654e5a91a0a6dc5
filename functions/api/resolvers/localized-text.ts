/**
 * LocalizedText.text: the text in the asked locale, else the request's
 * Accept-Language locale, else English, else any language present.
 */
import { DEFAULT_LOCALE, localize } from '../../core/vocabulary.js';
import type { LocalizedTextResolvers } from '../generated/resolvers-types.js';

export const localizedTextResolvers: LocalizedTextResolvers = {
  en: (text) => text.en ?? null,
  zh: (text) => text.zh ?? null,
  ko: (text) => text.ko ?? null,
  text: (text, { locale }, context) => localize(text, locale ?? context.locale ?? DEFAULT_LOCALE),
};
