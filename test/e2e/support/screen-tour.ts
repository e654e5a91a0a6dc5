/**
 * The journeys' screens, visited in order with their data loaded: the member's
 * (chains, a segment, partners with results, collaborations, matches, the
 * profile, members, notifications with their mail preferences, events and the demo event's registration) and the administrator's. Journeys 5 and 6 run checks on each.
 */
import type { Page } from 'playwright-core';
import { MESSAGES } from '../../../web/src/i18n/messages/index.js';
import { MISSING_MARK } from '../../../web/src/i18n/format.js';
import type { Locale } from '../../../web/src/i18n/locales.js';
import { DEMO_EVENT_ID } from '../../../scripts/demo/events/demo-events.js';
import { text } from './console-actions.js';

export const TOUR_MEMBER_ORGANIZATION = 'demo-org-kr-igbt-1';

/** A check run on each screen of a tour. */
export type ScreenCheck = (screen: string) => Promise<void>;

/** The member's screens (the page must be signed in as a member of TOUR_MEMBER_ORGANIZATION). */
export async function memberTour(page: Page, locale: Locale, check: ScreenCheck): Promise<void> {
  await page.goto('/#/chains');
  await page.locator('details').first().waitFor();
  await page.getByLabel(text(locale, 'chains.search')).fill('电驱动');
  await page.locator('.segment-results a').first().waitFor();
  await check('chains');
  await page.goto('/#/chains/segment/nev.electric-drive');
  await page.getByRole('heading', { name: text(locale, 'segment.suppliers') }).waitFor();
  await check('segment');
  await page.goto('/#/partners');
  await page.getByRole('button', { name: text(locale, 'partners.search') }).click();
  await page.locator('li.result').first().waitFor();
  await check('partners');
  await page.goto('/#/collaborations');
  await page.getByRole('heading', { name: text(locale, 'collab.recommended') }).waitFor();
  await page.locator('[role="status"]').first().waitFor({ state: 'detached' });
  await check('collaborations');
  await page.goto('/#/matches');
  await page.locator('li[data-match]').first().waitFor();
  await check('matches');
  await page.goto('/#/organization');
  await page.getByRole('group', { name: text(locale, 'org.offers'), exact: true }).waitFor();
  await check('organization');
  await page.goto('/#/members');
  await page.getByTestId('acting-role').waitFor();
  await check('members');
  await page.goto('/#/notifications');
  await page.getByTestId('notification-preferences').waitFor();
  await page.locator('[role="status"]').first().waitFor({ state: 'detached' });
  await check('notifications');
  await page.goto('/#/events');
  await page.locator('li[data-event]').first().waitFor();
  await check('events');
  // The tour's organization is not registered for the demo event: its page shows the registration form.
  await page.goto(`/#/events/${DEMO_EVENT_ID}`);
  await page.getByRole('heading', { name: text(locale, 'events.register') }).waitFor();
  await check('event');
}

/** The administrator's screen (the page must be signed in as an administrator). */
export async function adminTour(page: Page, _locale: Locale, check: ScreenCheck): Promise<void> {
  await page.goto('/#/admin');
  await page.getByTestId('bar-chart').first().waitFor();
  await page.locator('tr[data-organization]').first().waitFor();
  await page.locator('tr[data-event]').first().waitFor();
  await check('admin');
}

/**
 * English message texts (6+ characters outside placeholders) the locale translates differently
 * and does not itself use (the switcher names English "English" in every language).
 */
function englishFragments(locale: Locale): { key: string; fragment: string }[] {
  const own = Object.values(MESSAGES[locale]);
  return Object.entries(MESSAGES.en).flatMap(([key, english]) =>
    MESSAGES[locale][key as keyof typeof MESSAGES.en] === english
      ? []
      : english
          .split(/\{\w+\}/)
          .map((part) => part.trim())
          .filter((part) => part.length >= 6 && !own.some((message) => message.includes(part)))
          .map((fragment) => ({ key, fragment })),
  );
}

/** What on the page is not in the locale: missing-key marks, and English message texts when the locale is not English. */
export async function untranslatedTexts(page: Page, locale: Locale): Promise<string[]> {
  const visible = await page.locator('body').innerText();
  const labels = await page
    .locator('[aria-label], title, desc')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? node.textContent));
  const all = [visible, ...labels].join('\n');
  const missing = all.split('\n').filter((line) => line.includes(MISSING_MARK));
  const english =
    locale === 'en'
      ? []
      : englishFragments(locale)
          .filter(({ fragment }) => all.includes(fragment))
          .map(({ key, fragment }) => `${key}: "${fragment}"`);
  return [...missing, ...english];
}
