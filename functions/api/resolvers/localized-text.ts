/**
 * LocalizedText.text: the text in the asked locale, else the request's
 * Accept-Language locale, else English, else any language present.
 */
import { localize } from '../../core/vocabulary.js';
import type { LocalizedTextResolvers } from '../generated/resolvers-types.js';

export const localizedTextResolvers: LocalizedTextResolvers = {
  text: (text, { locale }, context) => localize(text, locale ?? context.locale),
};
