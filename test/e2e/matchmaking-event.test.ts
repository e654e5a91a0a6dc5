/**
 * Journey 8: a matchmaking event in the console. The demo event is open for
 * registration (scripts/demo/events/demo-events.ts); a member of a Korean IGBT
 * maker and a member of a Chinese electric-drive maker register their
 * organizations; the Korean one requests a meeting from its suggested
 * meetings, the Chinese one accepts it from its meeting requests; the
 * administrator schedules the event from the administration screen and sees
 * the report and the counts; both members see the meeting in their agenda
 * (time, table, partner, why) and download it as an .ics file.
 */
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EVENT_ID } from '../../scripts/demo/events/demo-events.js';
import { launchChromium, newPersonPage, screenshot } from './support/browser.js';
import { devSignIn, text } from './support/console-actions.js';

const ASKER = 'demo-org-kr-igbt-3';
const ASKED = 'demo-org-cn-electric-drive-3';

/** Signs in as a member of `organizationId` and opens the demo event's page. */
async function openEventAs(page: Page, organizationId: string): Promise<void> {
  await devSignIn(page, 'en', 'member', organizationId);
  await page.goto('/#/events');
  await page.getByRole('link', { name: /NEV exchange days/ }).click();
  await page.getByRole('heading', { level: 1, name: /NEV exchange days/ }).waitFor();
}

/** Registers the organization with one attendee, available on every day. */
async function register(page: Page, attendee: string): Promise<void> {
  await page.getByRole('heading', { name: text('en', 'events.register') }).waitFor();
  await page.getByLabel(text('en', 'events.attendee')).fill(attendee);
  await page.getByLabel(text('en', 'events.meetingsWanted')).fill('3');
  await page.getByRole('button', { name: text('en', 'events.registerSubmit'), exact: true }).click();
  await page.getByTestId('registered').filter({ hasText: attendee }).waitFor();
}

/** The agenda's row with the partner, and the downloaded .ics text. */
async function agendaOf(page: Page, partnerName: string): Promise<{ row: string; calendar: string }> {
  await page.reload();
  const row = page.getByTestId('agenda').locator('tr[data-meeting]').filter({ hasText: partnerName });
  await row.waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: text('en', 'events.downloadAgenda') }).click(),
  ]);
  const path = await download.path();
  return { row: await row.innerText(), calendar: await readFile(path, 'utf8') };
}

describe('journey 8: a matchmaking event, from registration to the agenda', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser.close();
  });

  it('registers two organizations, requests and accepts a meeting, schedules it, and shows it in both agendas', async () => {
    const asker = await newPersonPage(browser);
    const asked = await newPersonPage(browser);
    const admin = await newPersonPage(browser);

    await openEventAs(asked.page, ASKED);
    await register(asked.page, 'Wang Lei');
    await openEventAs(asker.page, ASKER);
    await register(asker.page, 'Park Jiwoo');

    // The asker's suggestions come from the fit model: the Chinese electric-drive maker, with a score and why.
    const suggestion = asker.page.locator(`li[data-suggestion="${ASKED}"]`);
    await suggestion.waitFor();
    expect(await suggestion.locator('.explanation').innerText()).not.toBe('');
    const askedName = (await suggestion.getByRole('heading').innerText()).trim();
    await suggestion.getByRole('textbox').fill('We supply IGBT modules for e-drives; shall we meet?');
    await suggestion.getByRole('button', { name: text('en', 'events.requestMeeting') }).click();
    await suggestion.getByRole('status').waitFor();
    const sent = asker.page.locator('li[data-meeting][data-direction="SENT"]');
    await sent.filter({ hasText: askedName }).waitFor();
    await screenshot(asker.page, 'journey-8-event-suggestions');

    // The asked member finds the request among its meeting requests and accepts it.
    await asked.page.reload();
    const received = asked.page.locator('li[data-meeting][data-direction="RECEIVED"][data-status="REQUESTED"]');
    await received.waitFor();
    expect(await received.innerText()).toContain('shall we meet?');
    const askerName = (await received.getByRole('heading').innerText()).replace(/^From /, '').trim();
    await received.getByRole('button', { name: text('en', 'matches.accept') }).click();
    await asked.page.locator('li[data-meeting][data-direction="RECEIVED"][data-status="ACCEPTED"]').waitFor();

    // The administrator schedules the event and sees the report and the counts.
    await devSignIn(admin.page, 'en', 'admin');
    await admin.page.goto('/#/admin');
    const row = admin.page.locator(`tr[data-event="${DEMO_EVENT_ID}"]`);
    await row.waitFor();
    expect(Number(await row.locator('td[data-count="meetingsAccepted"]').innerText())).toBeGreaterThanOrEqual(1);
    await row.getByRole('button', { name: new RegExp(`^${text('en', 'admin.schedule')}`) }).click();
    await row.getByTestId('schedule-report').waitFor();
    expect(await row.getByTestId('schedule-report').innerText()).toMatch(/^[1-9]\d* of [1-9]\d* accepted meetings scheduled/);
    await expect.poll(async () => Number(await row.locator('td[data-count="meetingsScheduled"]').innerText())).toBeGreaterThanOrEqual(1);
    await screenshot(admin.page, 'journey-8-event-administration');

    // Both see the meeting in their agenda, with time, table, partner and why, and download it as .ics.
    const askerAgenda = await agendaOf(asker.page, askedName);
    const askedAgenda = await agendaOf(asked.page, askerName);
    for (const { row: line, calendar } of [askerAgenda, askedAgenda]) {
      expect(line).toMatch(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}–\d{2}:\d{2}\s+A\d/);
      expect(calendar).toContain('BEGIN:VCALENDAR');
      expect(calendar).toContain('BEGIN:VEVENT');
    }
    await asker.page.getByTestId('agenda').scrollIntoViewIfNeeded();
    await screenshot(asker.page, 'journey-8-event-agenda');
    expect([...asker.problems, ...asked.problems, ...admin.problems]).toEqual([]);
  });
});
