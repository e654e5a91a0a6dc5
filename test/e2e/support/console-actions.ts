/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate and waitForFunction callbacks run in the browser.)
/**
 * Steps the journeys share, done as a person would: by the visible labels of
 * the UI language (taken from the console's own message files).
 */
import type { Page } from 'playwright-core';
import { MESSAGES, type MessageKey } from '../../../web/src/i18n/messages/index.js';
import type { Locale } from '../../../web/src/i18n/locales.js';

/** The message `key` in `locale`, placeholders left as they are. */
export function text(locale: Locale, key: MessageKey): string {
  return MESSAGES[locale][key];
}

/**
 * Signs in through the console's development sign-in page: a member of
 * `organizationId`, or a user, with a verified `email` if given.
 */
export async function devSignIn(
  page: Page,
  locale: Locale,
  role: 'member' | 'user' | 'admin',
  organizationId?: string,
  email?: string,
): Promise<void> {
  await page.goto('/#/sign-in');
  await page.getByLabel(text(locale, 'signIn.role')).selectOption(role);
  if (organizationId) await page.getByLabel(text(locale, 'signIn.organizationId')).fill(organizationId);
  if (email) await page.getByLabel(text(locale, 'signIn.email')).fill(email);
  await page
    .locator('form')
    .getByRole('button', { name: text(locale, 'signIn.submit') })
    .click();
  await page.getByTestId('session').waitFor();
}

/** Picks a segment in the picker `legend` by typing `query` and taking the first result. */
export async function pickSegment(page: Page, locale: Locale, legend: MessageKey, query: string): Promise<void> {
  const picker = page.getByRole('group', { name: text(locale, legend), exact: true });
  const chips = picker.locator('.chip');
  const before = await chips.count();
  await picker.getByLabel(text(locale, 'picker.search')).fill(query);
  await picker.locator('.picker-results button').first().click();
  await chips.nth(before).waitFor();
}

/** Switches the UI language with the header's switcher (exactly that label: the notification preferences have a "Mail language"). */
export async function switchLanguage(page: Page, from: Locale, to: Locale): Promise<void> {
  await page.getByLabel(text(from, 'language.label'), { exact: true }).selectOption(to);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, to);
}
