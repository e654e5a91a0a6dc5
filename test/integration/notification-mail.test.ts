import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { aDriveMaker, anIgbtMaker, express, memberOf, ok, RESPOND, WITHDRAW } from '../support/match-scenario.js';
import { notificationPipeline, type NotificationPipeline } from '../support/notification-pipeline.js';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox.js';
import { createAppRequest } from '../../functions/app/app-request.js';
import { unsubscribe } from '../../functions/app/unsubscribe-links.js';
import { ANONYMOUS } from '../../functions/core/access/principal.js';
import type { ParsedMail } from 'mailparser';
import { storeMembershipsOf } from '../support/memberships.js';
import { personIn } from '../support/principals.js';
import type { Organization } from '../../functions/core/organization.js';

const SECRET = 'test-unsubscribe-secret';

/** The verified email the member memberOf(organization) joined with (test/support/principals.ts). */
const mailOf = (organization: Pick<Organization, 'id'>): string => `member-of-${organization.id}@example.org`;

/** A header as sent (mailparser restructures List-* headers). */
const rawHeader = (mail: ParsedMail | undefined, name: string): string | undefined =>
  mail?.headerLines.find((header) => header.key === name.toLowerCase())?.line.replace(/^[^:]*:\s*/, '');

describe('notification mails over real SMTP', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let inbox: SmtpInbox;
  let pipeline: NotificationPipeline;

  beforeAll(async () => {
    table = await createTestTable('notification-mail', { stream: true });
    client = await graphqlClient(table.store);
    inbox = await startSmtpInbox();
    pipeline = await notificationPipeline(table, table.store, inbox.mailDelivery({ unsubscribeSecret: SECRET }));
  });

  afterAll(async () => {
    pipeline.close();
    await inbox.close();
    await client.stop();
    await table.drop();
  });

  async function pendingPair() {
    const from = await anIgbtMaker(table.store);
    const to = await aDriveMaker(table.store);
    await storeMembershipsOf(table.store, memberOf(from.id));
    await storeMembershipsOf(table.store, memberOf(to.id));
    const match = await express(client, from.id, to.id);
    return { from, to, match };
  }

  it('mails the receiver’s member once, in the organization’s language, with a one-click unsubscribe header and no contact of the sender', async () => {
    const { from, to } = await pendingPair();
    const records = await pipeline.deliverPending();
    await pipeline.redeliver(records);

    const mails = inbox.to(mailOf(to));
    expect(mails).toHaveLength(1);
    const [mail] = mails;
    // The drive maker prefers Chinese (preferences.languages starts with zh).
    expect(mail?.subject).toContain('表达了与您合作的意向');
    expect(mail?.text).toContain('表达了与您合作的意向');
    expect(mail?.html).toContain('<p>');
    expect(rawHeader(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(rawHeader(mail, 'List-Unsubscribe')).toMatch(/^<http:\/\/localhost:4000\/unsubscribe\?token=[\w-]+\.[\w-]+>$/);
    for (const privateDatum of [from.contact.email, from.contact.person]) {
      expect(mail?.text).not.toContain(privateDatum);
      expect(String(mail?.html)).not.toContain(privateDatum);
    }
    expect(inbox.to(mailOf(from))).toEqual([]);
    // The organization's contact address is not a member: it gets nothing.
    expect(inbox.to(to.contact.email)).toEqual([]);
  });

  it('gives each side the other’s contact only in the mails of the mutual match', async () => {
    const { from, to, match } = await pendingPair();
    await ok(client, memberOf(to.id), RESPOND, { input: { matchId: match.id, response: 'ACCEPT' } });
    await pipeline.deliverPending();

    const [accepted] = inbox.to(mailOf(from));
    expect(inbox.to(mailOf(from))).toHaveLength(1);
    expect(accepted?.text).toContain(to.contact.email);
    const receiverMails = inbox.to(mailOf(to));
    expect(receiverMails).toHaveLength(2);
    const [received, mutual] = [...receiverMails].sort(
      (a, b) => Number(a.text?.includes(from.contact.email)) - Number(b.text?.includes(from.contact.email)),
    );
    expect(received?.text).not.toContain(from.contact.email);
    expect(mutual?.text).toContain(from.contact.email);
  });

  it('mails nothing more after the one-click unsubscribe link was followed', async () => {
    const { to } = await pendingPair();
    await pipeline.deliverPending();
    const [first] = inbox.to(mailOf(to));
    const token = new URL(String(rawHeader(first, 'List-Unsubscribe')).slice(1, -1)).searchParams.get('token') ?? '';
    await unsubscribe(createAppRequest({ store: table.store, principal: ANONYMOUS, now: new Date(), locale: 'en' }), SECRET, token);

    await ok(client, memberOf(to.id), RESPOND, {
      input: {
        matchId: (await express(client, (await anIgbtMaker(table.store)).id, to.id)).id,
        response: 'DECLINE',
        declineReason: 'OTHER',
      },
    });
    await express(client, (await anIgbtMaker(table.store)).id, to.id);
    await pipeline.deliverPending();

    expect(inbox.to(mailOf(to))).toHaveLength(1);
    expect((await table.store.notifications.preferences(`member-of-${to.id}`))?.email).toBe(false);
    // In-app notifications continue: only mail stopped.
    const inApp = await table.store.notifications.list({ subject: `member-of-${to.id}`, unreadOnly: false, first: 10 });
    expect(inApp.edges.map((edge) => edge.node.kind)).toEqual(['INTEREST_RECEIVED', 'INTEREST_RECEIVED', 'INTEREST_RECEIVED']);
  });

  it('mails each member in the language and for the kinds their own preferences name', async () => {
    const to = await aDriveMaker(table.store);
    const owner = memberOf(to.id);
    const colleague = personIn(`colleague-at-${to.id}`, to.id, 'MEMBER');
    await storeMembershipsOf(table.store, owner);
    await storeMembershipsOf(table.store, colleague);
    const UPDATE = `mutation P($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { email language mutedKinds } }`;
    const repeated = await client.executeAs(owner, UPDATE, { input: { mutedKinds: ['INTEREST_WITHDRAWN', 'INTEREST_WITHDRAWN'] } });
    expect(errorCode(repeated)).toBe('BAD_USER_INPUT');
    expect(await ok(client, owner, UPDATE, { input: { language: 'ko', mutedKinds: ['INTEREST_WITHDRAWN'] } })).toEqual({
      email: true,
      language: 'ko',
      mutedKinds: ['INTEREST_WITHDRAWN'],
    });
    expect(await ok(client, colleague, '{ notificationPreferences { email language mutedKinds } }', {})).toEqual({
      email: true,
      language: null,
      mutedKinds: [],
    });

    const from = await anIgbtMaker(table.store);
    const match = await express(client, from.id, to.id);
    await ok(client, memberOf(from.id), WITHDRAW, { input: { matchId: match.id } });
    await pipeline.deliverPending();

    // The owner: Korean, withdrawals muted. The colleague: the organization's Chinese, everything.
    expect(inbox.to(mailOf(to)).map((mail) => mail.subject)).toEqual([expect.stringContaining('협력 의향을 보냈습니다')]);
    const colleagueSubjects = inbox.to(`colleague-at-${to.id}@example.org`).map((mail) => String(mail.subject));
    expect(colleagueSubjects).toHaveLength(2);
    expect(colleagueSubjects.filter((subject) => subject.includes('表达了与您合作的意向'))).toHaveLength(1);
  });

  it('mails an invitation to the invited address once, in the inviting organization’s language, with nothing private', async () => {
    const organization = await aDriveMaker(table.store);
    const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }';
    const invited = `invitee-of-${organization.id}@example.org`;
    await ok(client, memberOf(organization.id), INVITE, { input: { organizationId: organization.id, email: invited, role: 'MEMBER' } });
    const records = await pipeline.deliverPending();
    await pipeline.redeliver(records);
    await pipeline.deliverPending();

    const mails = inbox.to(invited);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe(`chainfit 邀请: ${String(organization.name.zh)}`);
    expect(mails[0]?.text).toContain(`请使用 ${invited} 登录以接受邀请`);
    expect(mails[0]?.html).toContain('<p>');
    expect(mails[0]?.text).not.toContain(organization.contact.email);
  });

  it('refuses a forged unsubscribe token', async () => {
    const request = createAppRequest({ store: table.store, principal: ANONYMOUS, now: new Date(), locale: 'en' });
    await expect(unsubscribe(request, SECRET, 'b3JnLWRyaXZlLTE.forged')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
