import { describe, expect, it } from 'vitest';
import { localeFromAcceptLanguage } from '../../functions/core/vocabulary.js';

describe('the locale of an Accept-Language header', () => {
  it.each([
    ['ko-KR,ko;q=0.9,en-US;q=0.8,en;q=0.7', 'ko'],
    ['zh-CN', 'zh'],
    ['en-GB', 'en'],
    ['fr-FR, zh;q=0.5', 'zh'],
    ['en;q=0.3, ko;q=0.8', 'ko'],
    ['ko;q=0, en', 'en'],
  ])('reads %s as %s', (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it('answers nothing for an absent header or unsupported languages', () => {
    expect(localeFromAcceptLanguage(undefined)).toBeUndefined();
    expect(localeFromAcceptLanguage('fr, de;q=0.5')).toBeUndefined();
    expect(localeFromAcceptLanguage('*')).toBeUndefined();
  });
});
