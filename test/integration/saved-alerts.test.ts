import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { aDriveMaker, anIgbtMaker, aPostingOf, memberOf } from '../support/match-scenario.js';
import { notificationPipeline, type NotificationPipeline } from '../support/notification-pipeline.js';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox.js';
import type { MailDelivery } from '../../functions/app/mail-port.js';
import { revisedOrganization } from '../../functions/core/organization-draft.js';
import { MAX_ALERTS_PER_ORGANIZATION } from '../../functions/core/alerts/alert.js';
import type { Principal } from '../../functions/core/access/principal.js';
import { personIn } from '../support/principals.js';
import { createAppRequest } from '../../functions/app/app-request.js';
import { sendDigests } from '../../functions/app/digests.js';
import { ANONYMOUS } from '../../functions/core/access/principal.js';
import { digestPeriodOf } from '../../functions/core/notifications/digest.js';
import { DEFAULT_LOCALE } from '../../functions/core/vocabulary.js';

const CREATE = `mutation Create($input: CreateAlertInput!) {
  createAlert(input: $input) { id organizationId minScore countries types kinds frequency createdAt }
}`;
const DELETE = `mutation Delete($input: DeleteAlertInput!) { deleteAlert(input: $input) { id } }`;
const ALERTS = `query Alerts($organizationId: ID!) { alerts(organizationId: $organizationId) { id kinds frequency } }`;
const NOTIFICATIONS = `query { notifications(first: 50) { edges { node { id kind organizationId relatedOrganizationId collaborationId text(locale: en) } } } }`;

interface NotificationView {
  id: string;
  kind: string;
  organizationId: string;
  relatedOrganizationId: string | null;
  collaborationId: string | null;
  text: string;
}

const COSMETICS = { offers: [{ segmentId: 'beauty.cosmetics' }], seeks: ['beauty.cosmetic-ingredients'] };

describe('saved alerts (DynamoDB Local, real stream, real SMTP)', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let inbox: SmtpInbox;
  let pipeline: NotificationPipeline;
  let mail: MailDelivery;

  beforeAll(async () => {
    table = await createTestTable('saved-alerts', { stream: true });
    client = await graphqlClient(table.store);
    inbox = await startSmtpInbox();
    mail = inbox.mailDelivery();
    pipeline = await notificationPipeline(table, table.store, mail);
  });

  afterAll(async () => {
    pipeline.close();
    await inbox.close();
    await client.stop();
    await table.drop();
  });

  const alertInput = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
    organizationId,
    minScore: 0.3,
    countries: ['CN'],
    types: [],
    kinds: ['PARTNER'],
    frequency: 'INSTANT',
    ...overrides,
  });

  async function createAlert(as: Principal, input: Record<string, unknown>): Promise<{ id: string }> {
    const result = await client.executeAs<{ createAlert: { id: string } }>(as, CREATE, { input });
    expect(result.errors).toBeUndefined();
    return result.data!.createAlert;
  }

  const alertNotifications = async (organizationId: string, kind = 'PARTNER_ALERT'): Promise<NotificationView[]> => {
    const result = await client.executeAs<{ notifications: { edges: { node: NotificationView }[] } }>(
      memberOf(organizationId),
      NOTIFICATIONS,
    );
    expect(result.errors).toBeUndefined();
    return result.data!.notifications.edges.map((edge) => edge.node).filter((node) => node.kind === kind);
  };

  /** A Korean IGBT maker with a member and a saved alert; what its alert announces is what the tests look at. */
  async function anAlertingIgbtMaker(overrides: Record<string, unknown> = {}) {
    const owner = await anIgbtMaker(table.store);
    const alert = await createAlert(memberOf(owner.id), alertInput(owner.id, overrides));
    await pipeline.deliverPending();
    return { owner, alert };
  }

  it('lets members save, list and delete alerts, validated beyond the schema’s types and limited per organization', async () => {
    const owner = await anIgbtMaker(table.store);
    const member = memberOf(owner.id);
    const outsider = personIn('someone-else', 'org-elsewhere');

    const refused = await client.executeAs(outsider, CREATE, { input: alertInput(owner.id) });
    expect(errorCode(refused)).toBe('FORBIDDEN');

    const invalid = await client.executeAs(member, CREATE, {
      input: alertInput(owner.id, { minScore: 1.5, countries: ['CN', 'CN'], kinds: [] }),
    });
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
    const paths = (invalid.errors?.[0]?.extensions?.problems as { path: string }[] | undefined)?.map((problem) => problem.path);
    expect(paths).toEqual(expect.arrayContaining(['input.minScore', 'input.countries[1]', 'input.kinds']));

    const saved = [];
    for (let i = 0; i < MAX_ALERTS_PER_ORGANIZATION; i++) saved.push(await createAlert(member, alertInput(owner.id)));
    const tooMany = await client.executeAs(member, CREATE, { input: alertInput(owner.id) });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');

    const deleted = await client.executeAs<{ deleteAlert: { id: string } }>(member, DELETE, {
      input: { organizationId: owner.id, alertId: saved[0]!.id },
    });
    expect(deleted.data?.deleteAlert.id).toBe(saved[0]!.id);
    const again = await client.executeAs(member, DELETE, { input: { organizationId: owner.id, alertId: saved[0]!.id } });
    expect(errorCode(again)).toBe('NOT_FOUND');

    const listed = await client.executeAs<{ alerts: { id: string }[] }>(member, ALERTS, { organizationId: owner.id });
    expect(listed.data?.alerts.map((alert) => alert.id)).toEqual(saved.slice(1).map((alert) => alert.id));
  });

  it('announces a new organization that fits an alert once, and mails an INSTANT alert once', async () => {
    const { owner } = await anAlertingIgbtMaker();
    const newcomer = await aDriveMaker(table.store);
    const records = await pipeline.deliverPending();

    const announced = await alertNotifications(owner.id);
    expect(announced).toEqual([
      expect.objectContaining({
        organizationId: owner.id,
        relatedOrganizationId: newcomer.id,
        text: expect.stringContaining('saved alerts'),
      }),
    ]);
    expect(inbox.to(`member-of-${owner.id}@example.org`)).toHaveLength(1);

    // The same stream records delivered again (Lambda may): still one notification, one mail.
    await pipeline.redeliver(records);
    expect(await alertNotifications(owner.id)).toHaveLength(1);
    expect(inbox.to(`member-of-${owner.id}@example.org`)).toHaveLength(1);
  });

  it('does not announce an organization again when it later edits what it offers', async () => {
    const { owner } = await anAlertingIgbtMaker();
    const newcomer = await aDriveMaker(table.store);
    await pipeline.deliverPending();
    const edited = revisedOrganization(
      newcomer,
      { ...newcomer, offers: [...newcomer.offers, { segmentId: 'nev.motor-controllers' }] },
      new Date(Date.parse(newcomer.updatedAt) + 60_000),
    );
    await table.store.organizations.replace(newcomer, edited);
    await pipeline.deliverPending();

    expect(await alertNotifications(owner.id)).toHaveLength(1);
  });

  it('announces nothing for an organization that does not fit, or that the alert’s filters leave out', async () => {
    const { owner } = await anAlertingIgbtMaker({ types: ['UNIVERSITY'] });
    const { owner: demanding } = await anAlertingIgbtMaker({ minScore: 1 });
    const { owner: fitting } = await anAlertingIgbtMaker();
    await aDriveMaker(table.store, COSMETICS);
    await pipeline.deliverPending();
    expect(await alertNotifications(fitting.id)).toEqual([]);

    // A drive maker fits all three owners, but is an enterprise (not a university) and nobody fits perfectly.
    const drive = await aDriveMaker(table.store);
    await pipeline.deliverPending();
    expect(await alertNotifications(owner.id)).toEqual([]);
    expect(await alertNotifications(demanding.id)).toEqual([]);
    expect((await alertNotifications(fitting.id)).map((note) => note.relatedOrganizationId)).toEqual([drive.id]);
  });

  it('shows a DAILY alert in the app at once but leaves its mail to the digest', async () => {
    const { owner } = await anAlertingIgbtMaker({ frequency: 'DAILY' });
    await aDriveMaker(table.store);
    await pipeline.deliverPending();

    expect(await alertNotifications(owner.id)).toHaveLength(1);
    expect(inbox.to(`member-of-${owner.id}@example.org`)).toEqual([]);
  });

  it('mails one digest per person with the day’s items, and a rerun of the job mails nothing more', async () => {
    const { owner } = await anAlertingIgbtMaker({ frequency: 'DAILY' });
    const colleague = personIn(`colleague-of-${owner.id}`, owner.id, 'MEMBER');
    await client.executeAs(colleague, NOTIFICATIONS);
    const first = await aDriveMaker(table.store);
    const second = await aDriveMaker(table.store);
    await pipeline.deliverPending();
    const addresses = [`member-of-${owner.id}@example.org`, `colleague-of-${owner.id}@example.org`];
    expect(addresses.map((address) => inbox.to(address))).toEqual([[], []]);

    const now = new Date();
    const run = () =>
      sendDigests(
        createAppRequest({ store: table.store, principal: ANONYMOUS, now, locale: DEFAULT_LOCALE }),
        digestPeriodOf('DAILY', now),
        mail,
      );
    const outcome = await run();
    expect(outcome.mailed).toBeGreaterThanOrEqual(2);
    for (const address of addresses) {
      const mails = inbox.to(address);
      expect(mails).toHaveLength(1);
      // The IGBT maker is Korean and prefers English and Korean: the digest is in English, both newcomers in it.
      expect(mails[0]!.subject).toBe('chainfit digest: 2 new');
      expect(mails[0]!.text).toContain(first.name.en);
      expect(mails[0]!.text).toContain(second.name.en);
    }

    const rerun = await run();
    expect(rerun.mailed).toBe(0);
    expect(rerun.alreadySent).toBe(outcome.people);
    expect(addresses.map((address) => inbox.to(address).length)).toEqual([1, 1]);
  });

  it('announces a collaboration that opens and fits a POSTING alert, once, and not its owner as a partner', async () => {
    const seeker = await aDriveMaker(table.store);
    await createAlert(memberOf(seeker.id), alertInput(seeker.id, { countries: [], kinds: ['POSTING'] }));
    const owner = await anIgbtMaker(table.store);
    const posting = await aPostingOf(table.store, owner);
    const records = await pipeline.deliverPending();
    await pipeline.redeliver(records);

    const announced = await alertNotifications(seeker.id, 'POSTING_ALERT');
    expect(announced).toEqual([
      expect.objectContaining({
        collaborationId: posting.id,
        relatedOrganizationId: owner.id,
        text: `A new collaboration, "${posting.title.en}", fits one of your saved alerts.`,
      }),
    ]);
    expect(await alertNotifications(seeker.id, 'PARTNER_ALERT')).toEqual([]);
  });
});
