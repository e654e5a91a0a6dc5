/**
 * Pages for the browser tests, in Debian's Chromium (scripts/chromium.ts). Each
 * page records console errors, uncaught exceptions and HTTP errors, which also
 * catches Content-Security-Policy violations; the journeys expect none.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

export { launchChromium } from '../../../scripts/chromium.js';
/** Screenshots of the journeys (git-ignored; a few are copied into docs/). */
export const SCREENSHOT_DIR = 'test/e2e/screenshots';
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

/** A page in a fresh context (own storage: a separate person) with the given UI language. */
export async function newPersonPage(
  browser: Browser,
  options: { locale?: string; viewport?: { width: number; height: number } } = {},
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({
    baseURL: inject('consoleUrl'),
    locale: options.locale ?? 'en-US',
    viewport: options.viewport ?? DESKTOP,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  return { context, page, problems };
}

/** Saves a screenshot of the viewport (what a person sees first) under SCREENSHOT_DIR. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}
