/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate and waitForFunction callbacks run in the browser.)
/** Journey 6: the journeys' screens on a 390 × 844 phone screen: nothing wider than the screen, navigation reachable. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPersonPage, PHONE, screenshot } from './support/browser.js';
import { devSignIn, text } from './support/console-actions.js';
import { adminTour, memberTour, TOUR_MEMBER_ORGANIZATION } from './support/screen-tour.js';

/** Horizontal overflow of the document in CSS pixels (0 when it fits the screen). */
function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

describe('journey 6: a 390 × 844 phone screen', () => {
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
    it(`fits the ${role}'s screens to the phone's width, Korean UI`, async () => {
      const { page, problems } = await newPersonPage(browser, { locale: 'ko-KR', viewport: PHONE });
      await devSignIn(page, 'ko', role, role === 'member' ? TOUR_MEMBER_ORGANIZATION : undefined);
      const overflows: string[] = [];
      await tour(page, 'ko', async (screen) => {
        const excess = await overflow(page);
        if (excess > 0) overflows.push(`${screen}: ${excess}px too wide`);
        expect(await page.getByRole('navigation', { name: text('ko', 'nav.label') }).isVisible()).toBe(true);
        await screenshot(page, `journey-6-phone-${screen}`);
      });
      expect(overflows).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
});
