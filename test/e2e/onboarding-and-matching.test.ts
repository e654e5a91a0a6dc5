/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate and waitForFunction callbacks run in the browser.)
/**
 * Journeys 1 and 2: a new user signs in, registers an organization with segments
 * found by Korean text, searches partners in China, sees the chain picture and a
 * Korean explanation and expresses interest; a member of the receiving demo
 * organization sees it and accepts, and both see contacts.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPersonPage, screenshot } from './support/browser.js';
import { devSignIn, pickSegment, text } from './support/console-actions.js';

const NEW_ORGANIZATION = { en: 'Hanbit Cathode Materials (E2E)', ko: '한빛양극소재 (E2E)', email: 'partnering@hanbit-e2e.example' };

describe('journeys 1-2: a new Korean organization finds a Chinese partner, and the partner accepts', () => {
  let browser: Browser;
  let newcomer: Page;
  let newcomerProblems: string[];
  let receiverId = '';

  beforeAll(async () => {
    browser = await launchChromium();
    // A Korean browser: the console must start in Korean without being told.
    ({ page: newcomer, problems: newcomerProblems } = await newPersonPage(browser, { locale: 'ko-KR' }));
  });
  afterAll(async () => {
    await browser.close();
  });

  it('journey 1: registers with segments found in Korean, searches China, sees the picture and a Korean explanation, expresses interest', async () => {
    const page = newcomer;
    await devSignIn(page, 'ko', 'user');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ko');
    await page.getByRole('heading', { name: text('ko', 'org.titleRegister') }).waitFor();

    await page.getByLabel(text('ko', 'org.nameKo')).fill(NEW_ORGANIZATION.ko);
    await page.getByLabel(text('ko', 'org.nameEn')).fill(NEW_ORGANIZATION.en);
    await page.getByLabel(text('ko', 'org.descriptionKo')).fill('이차전지 양극재를 생산합니다.');
    await pickSegment(page, 'ko', 'org.offers', '양극재');
    await pickSegment(page, 'ko', 'org.seeks', '배터리');
    expect(await page.locator('.chip[data-segment="nev.battery-materials"]').count()).toBe(1);
    await page.getByLabel(text('ko', 'enum.CooperationMode.SUPPLY_AGREEMENT')).check();
    await page.getByLabel(text('ko', 'org.contactPerson'), { exact: true }).fill('김하늘');
    await page.getByLabel(text('ko', 'org.contactEmail')).fill(NEW_ORGANIZATION.email);
    await page.getByRole('button', { name: text('ko', 'org.register') }).click();

    // Registered; locally the dev sign-in links the account as Cognito's administrators would.
    await page.getByRole('button', { name: text('ko', 'org.linkDev') }).click();
    await page.getByRole('heading', { name: text('ko', 'partners.title') }).waitFor();

    await page
      .getByRole('group', { name: text('ko', 'partners.countries') })
      .getByLabel(text('ko', 'enum.Country.CN'))
      .check();
    await page.getByRole('button', { name: text('ko', 'partners.search') }).click();
    const first = page.locator('li.result').first();
    await first.waitFor();
    receiverId = (await first.getAttribute('data-organization')) ?? '';
    expect(receiverId).toMatch(/^demo-org-cn-/);
    await first.getByTestId('chain-picture').waitFor();
    expect(await first.locator('[data-testid="chain-picture"] .mark-seeker').count()).toBeGreaterThan(0);
    expect(await first.locator('[data-testid="chain-picture"] .mark-candidate').count()).toBeGreaterThan(0);
    expect(await first.locator('.explanation').innerText()).toMatch(/[가-힣]{4,}/);
    await first.scrollIntoViewIfNeeded();
    await screenshot(page, 'journey-1-partners-ko');

    await first.getByRole('textbox').fill('양극재 공급을 제안드립니다. 회의를 요청합니다.');
    await first.getByRole('button', { name: text('ko', 'interest.send') }).click();
    await first
      .getByRole('status')
      .filter({ hasText: text('ko', 'enum.MatchStatus.PENDING') })
      .waitFor();
    expect(newcomerProblems).toEqual([]);
  });

  it('journey 2: the receiving demo organization sees the interest, accepts, and both sides see contacts', async () => {
    expect(receiverId, 'journey 1 found a receiver').not.toBe('');
    const { page, problems } = await newPersonPage(browser, { locale: 'en-US' });
    await devSignIn(page, 'en', 'member', receiverId);
    await page.goto('/#/matches');
    const match = page.locator('li[data-match]').filter({ hasText: NEW_ORGANIZATION.en });
    await match.waitFor();
    expect(await match.getAttribute('data-status')).toBe('PENDING');
    await match.getByLabel(text('en', 'matches.reply')).fill('Glad to meet: let us talk cathode specifications.');
    await match.getByRole('button', { name: text('en', 'matches.accept') }).click();
    await page
      .locator('li[data-match][data-status="MUTUAL"]')
      .filter({ hasText: NEW_ORGANIZATION.en })
      .getByTestId('contact')
      .filter({ hasText: NEW_ORGANIZATION.email })
      .waitFor();
    await screenshot(page, 'journey-2-accepted');

    await newcomer.goto('/#/matches');
    await newcomer.getByRole('tab', { name: text('ko', 'matches.sent') }).click();
    const sent = newcomer.locator('li[data-match][data-status="MUTUAL"]');
    await sent.getByTestId('contact').waitFor();
    expect(await sent.getByTestId('contact').innerText()).toContain('@');
    await screenshot(newcomer, 'journey-2-contacts-ko');
    expect(problems).toEqual([]);
    expect(newcomerProblems).toEqual([]);
  });
});
