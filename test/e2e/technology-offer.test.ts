/**
 * Journey 3: a technology-transfer office posts a technology offer in Chinese and
 * sees partners for it. The office is the demo optoelectronics research institute's:
 * in the demo data set the universities' own technology offers find no enterprise
 * partner (their partner-type and mode wishes exclude every demo candidate).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, newPersonPage, screenshot } from './support/browser.js';
import { devSignIn, pickSegment, text } from './support/console-actions.js';

const TRANSFER_OFFICE = 'demo-org-cn-optoelectronics-institute-1';
const TITLE = '高功率光纤激光器技术许可';

describe('journey 3: a technology-transfer office posts a technology offer in Chinese', () => {
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
      .fill('本院研制的高功率光纤激光器，可许可给激光雷达与精密加工企业，并开展联合研发。');
    await pickSegment(page, 'zh', 'collab.segments', '激光');
    await form.getByLabel(text('zh', 'enum.CooperationMode.TECHNOLOGY_LICENSING')).check();
    await form.getByRole('button', { name: text('zh', 'collab.submit') }).click();

    const posted = page.locator('li[data-collaboration]').filter({ hasText: TITLE });
    await posted.waitFor();
    expect(await posted.innerText()).toContain(text('zh', 'enum.CollaborationStatus.OPEN'));
    await posted.getByRole('button', { name: text('zh', 'collab.partners') }).click();
    const partners = posted.locator('li.result');
    await partners.first().waitFor();
    expect(await partners.count()).toBeGreaterThan(0);
    expect(await partners.first().locator('.explanation').innerText()).toMatch(/[\u4e00-\u9fff]{4,}/);
    await posted.scrollIntoViewIfNeeded();
    await screenshot(page, 'journey-3-collaboration-partners-zh');
    expect(problems).toEqual([]);
  });
});
