/**
 * Journey 3: a university's technology-transfer office (the demo ginseng
 * university's, in Changchun) posts a technology offer in Chinese and sees
 * enterprise partners for it. (The demo data once let no enterprise accept a
 * university partner; test/unit/organizations/demo-data-set.test.ts keeps that fixed.)
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPersonPage, screenshot } from './support/browser.js';
import { devSignIn, pickSegment, text } from './support/console-actions.js';

const TRANSFER_OFFICE = 'demo-org-cn-ginseng-university-1';
const TITLE = '人参皂苷Rg3酶法转化技术许可';

describe("journey 3: a university's technology-transfer office posts a technology offer in Chinese", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('publishes the offer and sees industry partners for it', async () => {
    const { page, problems } = await newPersonPage(browser, { locale: 'zh-CN' });
    await devSignIn(page, 'zh', 'member', TRANSFER_OFFICE);
    await page.goto('/#/collaborations');
    const form = page.locator('section.card').filter({ has: page.getByRole('heading', { name: text('zh', 'collab.post') }) });
    expect(await form.getByLabel(text('zh', 'collab.kind')).inputValue()).toBe('TECHNOLOGY_OFFER');
    expect(await form.getByLabel(text('zh', 'collab.language')).inputValue()).toBe('zh');
    await form.getByLabel(text('zh', 'collab.titleField')).fill(TITLE);
    await form
      .getByLabel(text('zh', 'collab.summary'))
      .fill('本校研制的人参皂苷Rg3低温酶法转化工艺，收率提高三倍，已获专利，可许可给化妆品与健康食品企业，并开展联合研发。');
    await pickSegment(page, 'zh', 'collab.segments', '人参深加工');
    await form.getByLabel(text('zh', 'enum.CooperationMode.TECHNOLOGY_LICENSING')).check();
    await form.getByRole('button', { name: text('zh', 'collab.submit') }).click();

    const posted = page.locator('li[data-collaboration]').filter({ hasText: TITLE });
    await posted.waitFor();
    expect(await posted.innerText()).toContain(text('zh', 'enum.CollaborationStatus.OPEN'));
    await posted.getByRole('button', { name: text('zh', 'collab.partners') }).click();
    const partners = posted.locator('li.result');
    await partners.first().waitFor();
    expect(await partners.count()).toBeGreaterThan(0);
    // Industry partners: Korean cosmetics and health-food makers that license such processes.
    expect(await partners.first().getAttribute('data-organization')).toMatch(/^demo-org-kr-/);
    expect(await partners.first().locator('.explanation').innerText()).toMatch(/[\u4e00-\u9fff]{4,}/);
    await posted.scrollIntoViewIfNeeded();
    await screenshot(page, 'journey-3-collaboration-partners-zh');
    expect(problems).toEqual([]);
  });
});
