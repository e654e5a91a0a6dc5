/**
 * Journey 5: the UI language switches among en/zh/ko with the header's
 * switcher, and no text on the journeys' screens stays untranslated: no missing
 * message key, and in Chinese and Korean no English message text.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../web/src/i18n/locales.js';
import { launchChromium, newPersonPage, screenshot } from './support/browser.js';
import { devSignIn, switchLanguage } from './support/console-actions.js';
import { adminTour, memberTour, TOUR_MEMBER_ORGANIZATION, untranslatedTexts } from './support/screen-tour.js';

describe('journey 5: three languages, nothing untranslated', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  for (const [role, tour] of [
    ['member', memberTour],
    ['admin', adminTour],
  ] as const) {
    it(`switches en → zh → ko on the ${role}'s screens with every text translated`, async () => {
      const { page, problems } = await newPersonPage(browser, { locale: 'en-US' });
      await devSignIn(page, 'en', role, role === 'member' ? TOUR_MEMBER_ORGANIZATION : undefined);
      const findings: string[] = [];
      let current: Locale = 'en';
      for (const locale of LOCALES) {
        await switchLanguage(page, current, locale);
        current = locale;
        await tour(page, locale, async (screen) => {
          findings.push(...(await untranslatedTexts(page, locale)).map((finding) => `${locale} ${screen}: ${finding}`));
          if (role === 'member' && screen === 'partners') await screenshot(page, `journey-5-partners-${locale}`);
        });
      }
      expect(findings).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
