/** Journey 4: an administrator verifies an organization and sees the statistics charts. */
import { ZONE_CHAIN_GROUPS } from '../../functions/app/statistics.js';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPersonPage, screenshot } from './support/browser.js';
import { devSignIn, text } from './support/console-actions.js';

/** The number the "by verification" chart shows for VERIFIED. */
async function verifiedCount(page: Page): Promise<number> {
  const chart = page.getByRole('img', { name: text('en', 'admin.orgsByVerification') });
  return Number(await chart.locator('g[data-key="VERIFIED"] .value').textContent());
}

describe('journey 4: administration', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the zone statistics as charts and verifies an organization from the queue', async () => {
    const { page, problems } = await newPersonPage(browser);
    await devSignIn(page, 'en', 'admin');
    await page.getByRole('heading', { name: text('en', 'admin.title') }).waitFor();
    const charts = page.getByTestId('bar-chart');
    await charts.first().waitFor();
    expect(await charts.count()).toBe(6);
    const byCountry = page.getByRole('img', { name: new RegExp(text('en', 'admin.orgsByCountry')) });
    for (const country of ['CN', 'KR'])
      expect(Number(await byCountry.locator(`g[data-key="${country}"] .value`).textContent())).toBeGreaterThan(0);
    // Organizations by chain group and country: every group of the zone plan, both countries in vehicles.
    const byGroup = page.getByTestId('grouped-bar-chart');
    expect(await byGroup.locator('g[data-key]').evaluateAll((groups) => groups.map((group) => group.getAttribute('data-key')))).toEqual(
      ZONE_CHAIN_GROUPS.ids,
    );
    const vehicles = byGroup.locator(`g[data-key="${ZONE_CHAIN_GROUPS.groupOf('nev') ?? ''}"]`);
    for (const country of ['CN', 'KR'])
      expect(Number(await vehicles.locator(`g[data-series="${country}"] .value`).textContent())).toBeGreaterThan(0);
    const verifiedBefore = await verifiedCount(page);
    await screenshot(page, 'journey-4-statistics');

    // The queue: organizations filtered by verification, unverified first.
    expect(await page.getByLabel(text('en', 'admin.verificationFilter'), { exact: true }).inputValue()).toBe('UNVERIFIED');
    const row = page.locator('tr[data-organization]').first();
    const organizationId = await row.getAttribute('data-organization');
    await row.getByRole('button', { name: new RegExp(`^${text('en', 'admin.verify')}`) }).click();
    await page.locator(`tr[data-organization="${organizationId}"]`).waitFor({ state: 'detached' });

    await page.reload();
    await page.getByTestId('bar-chart').first().waitFor();
    expect(await verifiedCount(page)).toBe(verifiedBefore + 1);
    expect(problems).toEqual([]);
  });
});
