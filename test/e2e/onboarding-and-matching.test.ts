/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// (page.evaluate and waitForFunction callbacks run in the browser.)
/**
 * Journeys 1, 2 and 7: a new user signs in, registers an organization with segments
 * found by Korean text and, as its owner (the membership the registration made,
 * read with `me`; no new sign-in), searches partners in China, sees the chain
 * picture and a Korean explanation and expresses interest; a member of the
 * receiving demo organization sees the bell's unread count, opens the "interest
 * received" notification onto the match and accepts, and both see contacts; the
 * owner invites a colleague by email (and revokes an invitation to a mistyped
 * address), the colleague accepts and then acts for either of her two
 * organizations, and the owner sees both invitations' status after a reload.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoOwnerEmailOf } from '../../scripts/demo/members/demo-members.js';
import { launchChromium, newPersonPage, screenshot } from './support/browser.js';
import { devSignIn, pickSegment, text } from './support/console-actions.js';

const NEW_ORGANIZATION = { en: 'Hanbit Cathode Materials (E2E)', ko: '한빛양극소재 (E2E)', email: 'partnering@hanbit-e2e.example' };
/** The invitee already owns a demo organization (scripts/demo/members/demo-members.ts), so she will act for two. */
const INVITEE = { email: 'owner.kr-igbt-1@demo.chainfit.example', otherOrganization: 'demo-org-kr-igbt-1' };
/** An address the owner invites by mistake and revokes. */
const MISTYPED_EMAIL = 'colleauge@hanbit-e2e.example';

describe('journeys 1, 2 and 7: a new Korean organization finds a Chinese partner, the partner accepts, a colleague joins', () => {
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

    // Registered: the registrant is its owner, and the console acts for it at once (same token, `me` read again).
    await page.getByRole('heading', { name: text('ko', 'partners.title') }).waitFor();
    await page.getByTestId('session').filter({ hasText: NEW_ORGANIZATION.ko }).waitFor();

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

  it('journey 2: the receiving demo organization is notified, opens the interest, accepts, and both sides see contacts', async () => {
    expect(receiverId, 'journey 1 found a receiver').not.toBe('');
    const { page, problems } = await newPersonPage(browser, { locale: 'en-US' });
    // The demo organization's owner (a member since the seed, so the worker made her a copy of the notification).
    await devSignIn(page, 'en', 'user', undefined, demoOwnerEmailOf(receiverId));

    // The bell: the stream worker has written the "interest received" notification; the bell reads the count on each navigation.
    const bell = page.getByTestId('bell');
    const unread = async () => Number((await bell.getAttribute('data-unread')) ?? '0');
    let route = 0;
    await expect
      .poll(
        async () => {
          await page.goto(route++ % 2 === 0 ? '/#/chains' : '/#/members');
          return unread();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBeGreaterThan(0);
    const before = await unread();
    expect(await bell.getAttribute('aria-label')).toBe(text('en', 'bell.unread').replace('{count}', String(before)));
    await bell.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: text('en', 'notifications.title'), level: 1 }).waitFor();
    const notification = page.locator('li[data-notification][data-kind="INTEREST_RECEIVED"]').filter({ hasText: NEW_ORGANIZATION.en });
    await notification.waitFor();
    expect(await notification.getAttribute('data-read')).toBe('false');
    expect(await notification.innerText()).toContain(text('en', 'enum.NotificationKind.INTEREST_RECEIVED'));
    await screenshot(page, 'journey-2-notifications');

    // Her mail preferences: Chinese mails, never for withdrawn interests; saved and read back after a reload.
    const preferences = page.getByTestId('notification-preferences');
    await preferences.getByLabel(text('en', 'notifications.language')).selectOption('zh');
    await preferences.getByLabel(text('en', 'enum.NotificationKind.INTEREST_WITHDRAWN')).check();
    await preferences.getByRole('button', { name: text('en', 'common.save') }).click();
    await preferences
      .getByRole('status')
      .filter({ hasText: text('en', 'common.saved') })
      .waitFor();
    await page.reload();
    await page.getByTestId('notification-preferences').waitFor();
    expect(await page.getByLabel(text('en', 'notifications.language')).inputValue()).toBe('zh');
    expect(await page.getByLabel(text('en', 'enum.NotificationKind.INTEREST_WITHDRAWN')).isChecked()).toBe(true);
    expect(await page.getByLabel(text('en', 'notifications.email')).isChecked()).toBe(true);
    await notification.getByRole('link', { name: text('en', 'notifications.open') }).click();

    // It lands on the match (received side, highlighted and focused), and is now read.
    const match = page.locator('li[data-match][data-focused="true"]');
    await match.waitFor();
    expect(await match.innerText()).toContain(NEW_ORGANIZATION.en);
    expect(await match.getAttribute('data-status')).toBe('PENDING');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-match') ?? null)).toBe(
      await match.getAttribute('data-match'),
    );
    await expect.poll(unread, { timeout: 10_000 }).toBe(before - 1);
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

  it('journey 7: the owner invites a colleague by email; she accepts, sees the organization and switches between her two', async () => {
    const owner = newcomer;
    await owner.goto('/#/members');
    await owner
      .getByTestId('acting-role')
      .filter({ hasText: text('ko', 'enum.MemberRole.OWNER') })
      .waitFor();
    await owner.getByLabel(text('ko', 'members.email')).fill(INVITEE.email);
    await owner.getByLabel(text('ko', 'members.role'), { exact: true }).selectOption('MEMBER');
    await owner.getByRole('button', { name: text('ko', 'members.sendInvitation') }).click();
    await owner.locator(`[data-sent-invitation="${INVITEE.email}"][data-status="PENDING"]`).waitFor();
    // An invitation to a mistyped address is revoked before anyone can accept it.
    await owner.getByLabel(text('ko', 'members.email')).fill(MISTYPED_EMAIL);
    await owner.getByRole('button', { name: text('ko', 'members.sendInvitation') }).click();
    const mistyped = owner.locator(`[data-sent-invitation="${MISTYPED_EMAIL}"]`);
    await mistyped.getByRole('button', { name: text('ko', 'members.revoke').replace('{email}', MISTYPED_EMAIL) }).click();
    await owner.locator(`[data-sent-invitation="${MISTYPED_EMAIL}"][data-status="REVOKED"]`).waitFor();

    const { page, problems } = await newPersonPage(browser, { locale: 'en-US' });
    await devSignIn(page, 'en', 'user', undefined, INVITEE.email);
    await page.goto('/#/members');
    const invitation = page.locator('li[data-invitation]').filter({ hasText: NEW_ORGANIZATION.en });
    await invitation.getByRole('button', { name: text('en', 'invitations.accept').replace('{organization}', NEW_ORGANIZATION.en) }).click();
    await page.getByTestId('acting-role').filter({ hasText: NEW_ORGANIZATION.en }).waitFor();

    // A member of two organizations picks whom to act for; she acts for the one she just joined.
    const actingFor = page.getByLabel(text('en', 'session.actingFor'));
    const newOrganizationId = await actingFor.inputValue();
    expect(newOrganizationId).toMatch(/^org-/);
    expect(
      await actingFor.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).sort()),
    ).toEqual([INVITEE.otherOrganization, newOrganizationId].sort());
    await page.goto('/#/matches');
    await page.getByRole('tab', { name: text('en', 'matches.sent') }).click();
    await page.locator('li[data-match][data-status="MUTUAL"]').getByTestId('contact').waitFor();
    await screenshot(page, 'journey-7-invited-member');

    await actingFor.selectOption(INVITEE.otherOrganization);
    await page.goto('/#/organization');
    await page.getByText(INVITEE.otherOrganization, { exact: false }).first().waitFor();

    // The owner (still on the members screen) reloads it: the invitations come from the API, hers now accepted;
    // she is among the members, and the owner makes her an owner too.
    await owner.reload();
    await owner.locator(`[data-sent-invitation="${INVITEE.email}"][data-status="ACCEPTED"]`).waitFor();
    await owner.locator(`[data-sent-invitation="${MISTYPED_EMAIL}"][data-status="REVOKED"]`).waitFor();
    const member = owner.locator('li[data-member]').filter({ hasText: INVITEE.email });
    await member.waitFor();
    expect(await member.getAttribute('data-role')).toBe('MEMBER');
    await member.getByLabel(text('ko', 'members.roleOf').replace('{member}', INVITEE.email)).selectOption('OWNER');
    await member.getByRole('button', { name: text('ko', 'members.changeRole') }).click();
    await owner.locator('li[data-member][data-role="OWNER"]').filter({ hasText: INVITEE.email }).waitFor();
    await screenshot(owner, 'journey-7-members-ko');
    expect(problems).toEqual([]);
    expect(newcomerProblems).toEqual([]);
  });
});
