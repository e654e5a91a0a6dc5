/**
 * Partner webhooks end to end on DynamoDB Local's real stream: an
 * administrator registers a webhook (GraphQL, local URL rules), a domain
 * event the webhook subscribed to is enqueued by the stream worker and
 * delivered by the queue consumer to a real local HTTP receiver, signed by the
 * Standard Webhooks conventions (verified here with WebCrypto, independently
 * of the server's node:crypto code); a 500 answer is retried with backoff and
 * then delivered; 24 hours of failures disable the webhook and mail the
 * registering administrator. Time is an injected clock: nothing sleeps.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../functions/api/context.js';
import type { Principal } from '../../functions/core/access/principal.js';
import { LocalWebhookQueue } from '../../functions/worker/local-webhook-queue.js';
import { createWebhookDeliveryHandler } from '../../functions/worker/webhook-delivery-handler.js';
import { createHttpWebhookSender } from '../../functions/webhooks/http-webhook-sender.js';
import type { DeliveryResult } from '../../functions/app/webhook-delivery.js';
import { errorCode, graphqlClient, type GraphQLClient, type GraphQLResult } from '../support/graphql-client.js';
import { anIgbtMaker, ok, PARTNER } from '../support/match-scenario.js';
import { notificationPipeline, type NotificationPipeline } from '../support/notification-pipeline.js';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

const OFFICER: Principal = { role: 'ADMIN', subject: 'webhook-officer', email: 'officer@zone.example' };
const REGISTER = `mutation Register($input: RegisterWebhookInput!) {
  registerWebhook(input: $input) { secret webhook { id partnerClientId url events status createdAt disabledAt disabledReason } }
}`;
const WEBHOOKS = `{ webhooks { id url events status disabledAt disabledReason } }`;
const SET_VERIFICATION = `mutation Verify($input: SetVerificationInput!) { setVerification(input: $input) { verification version } }`;

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}
interface Registered {
  registerWebhook: { secret: string; webhook: { id: string; status: string; events: string[] } };
}

/** A local receiver: records every request; `answers[path]` lists the statuses to answer in turn (the last repeats). */
async function startReceiver(answers: Record<string, number[]>): Promise<{ server: Server; base: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const statuses = answers[path] ?? [404];
      const status = statuses.length > 1 ? (statuses.shift() as number) : (statuses[0] as number);
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

/** Standard Webhooks verification from the specification, with WebCrypto (not the server's node:crypto HMAC). */
async function verifyStandardWebhook(secret: string, headers: IncomingHttpHeaders, body: string): Promise<boolean> {
  const keyBytes = Uint8Array.from(atob(secret.replace(/^whsec_/, '')), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const signed = `${String(headers['webhook-id'])}.${String(headers['webhook-timestamp'])}.${body}`;
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(signed)));
  const expected = btoa(String.fromCharCode(...mac));
  return String(headers['webhook-signature'])
    .split(' ')
    .some((part) => part === `v1,${expected}`);
}

describe('partner webhooks (DynamoDB Local stream, local HTTP receiver)', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let pipeline: NotificationPipeline;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let smtp: SmtpInbox;
  const queue = new LocalWebhookQueue();
  let now = new Date('2026-12-01T09:00:00.000Z');
  const results: DeliveryResult[] = [];
  const disabled: string[] = [];
  let consume: ReturnType<typeof createWebhookDeliveryHandler>;

  /** GraphQL as the local server runs it (http://localhost webhook URLs allowed). */
  async function executeLocally<Data>(principal: Principal, query: string, variables: Record<string, unknown> = {}) {
    const contextValue = await createContext({
      store: table.store,
      principal,
      requestId: 'webhook-test',
      now: new Date(),
      allowLocalWebhookUrls: true,
    });
    const response = await client.server.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('Expected a single GraphQL result');
    return response.body.singleResult as GraphQLResult<Data>;
  }
  async function register(path: string, events: string[]): Promise<Registered['registerWebhook']> {
    const result = await executeLocally<Registered>(OFFICER, REGISTER, {
      input: { partnerClientId: 'zone-portal', url: `${receiver.base}${path}`, events },
    });
    expect(result.errors).toBeUndefined();
    return result.data!.registerWebhook;
  }

  beforeAll(async () => {
    table = await createTestTable('webhooks', { stream: true });
    client = await graphqlClient(table.store);
    pipeline = await notificationPipeline(table, table.store, undefined, queue);
    receiver = await startReceiver({ '/flaky': [500, 200], '/down': [500] });
    smtp = await startSmtpInbox();
    consume = createWebhookDeliveryHandler({
      store: table.store,
      queue,
      sender: createHttpWebhookSender({ refusePrivateAddresses: false }),
      adminMail: smtp.mailDelivery().sender,
      clock: () => now,
      onResult: (_message, result) => results.push(result),
      onDisabled: (webhook) => disabled.push(webhook.id),
      onError: (_record, error) => {
        throw error;
      },
    });
  });

  afterAll(async () => {
    pipeline.close();
    await client.stop();
    await new Promise((resolve) => receiver.server.close(resolve));
    await smtp.close();
    await table.drop();
  });

  it('registers for administrators only, with local URLs only on the local server and events a partner app may read', async () => {
    const input = { partnerClientId: 'zone-portal', url: 'http://127.0.0.1:9/hook', events: ['ORGANIZATION_VERIFIED'] };
    // The Lambda's rules: https to a public host only.
    const lambdaRules = await client.executeAs(OFFICER, REGISTER, { input });
    expect(errorCode(lambdaRules)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(lambdaRules.errors)).toContain('input.url');
    for (const url of ['https://10.1.2.3/hook', 'https://169.254.169.254/latest', 'https://localhost/hook', 'ftp://partner.example/hook']) {
      expect(errorCode(await client.executeAs(OFFICER, REGISTER, { input: { ...input, url } }))).toBe('BAD_USER_INPUT');
    }
    // Match events are not readable by partner apps: not in the enum at all.
    expect(
      (await client.executeAs(OFFICER, REGISTER, { input: { ...input, url: 'https://partner.example/h', events: ['INTEREST_RECEIVED'] } }))
        .errors,
    ).toBeDefined();
    expect(errorCode(await client.executeAs(PARTNER, REGISTER, { input: { ...input, url: 'https://partner.example/h' } }))).toBe(
      'FORBIDDEN',
    );
    expect(errorCode(await client.executeAs(PARTNER, WEBHOOKS))).toBe('FORBIDDEN');
    expect(errorCode(await client.executeAs(OFFICER, `mutation { deleteWebhook(input: { id: "missing" }) { id } }`))).toBe('NOT_FOUND');
    // A public https URL is fine under the Lambda's rules.
    const registered = await ok<Registered['registerWebhook']>(client, OFFICER, REGISTER, {
      input: { ...input, url: 'https://partner.example/hooks' },
    });
    expect(registered.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(registered.webhook.status).toBe('ACTIVE');
    const deleted = await ok<{ id: string; url: string }>(
      client,
      OFFICER,
      `mutation Delete($id: ID!) { deleteWebhook(input: { id: $id }) { id url } }`,
      { id: registered.webhook.id },
    );
    expect(deleted).toEqual({ id: registered.webhook.id, url: 'https://partner.example/hooks' });
    expect((await ok<{ id: string }[]>(client, OFFICER, WEBHOOKS, {})).map((webhook) => webhook.id)).not.toContain(registered.webhook.id);
  });

  it('never returns the secret after registration', async () => {
    const { secret, webhook } = await register('/unused', ['COLLABORATION_EXPIRED']);
    const listed = await ok<unknown[]>(client, OFFICER, WEBHOOKS, {});
    expect(listed.length).toBeGreaterThan(0);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect((await client.executeAs(OFFICER, `{ webhooks { secret } }`)).errors).toBeDefined();
    await ok(client, OFFICER, `mutation Delete($id: ID!) { deleteWebhook(input: { id: $id }) { id } }`, { id: webhook.id });
  });

  it('delivers a signed POST, retries after a 500 with backoff and keeps the webhook-id; the payload has no private fields', async () => {
    const { secret } = await register('/flaky', ['ORGANIZATION_VERIFIED']);
    const organization = await anIgbtMaker(table.store);
    await ok(client, OFFICER, SET_VERIFICATION, {
      input: { organizationId: organization.id, version: organization.version, verification: 'VERIFIED' },
    });
    const records = await pipeline.deliverPending();
    expect(queue.size).toBe(1);

    now = new Date(Date.now());
    expect(await queue.deliverDue(now, consume)).toBe(1);
    expect(results.at(-1)).toBe('RETRY_SCHEDULED');
    // Not due yet: the first retry waits 30 seconds.
    expect(await queue.deliverDue(new Date(now.getTime() + 29_000), consume)).toBe(0);
    now = new Date(now.getTime() + 31_000);
    expect(await queue.deliverDue(now, consume)).toBe(1);
    expect(results.at(-1)).toBe('DELIVERED');
    expect(queue.size).toBe(0);

    const attempts = receiver.received.filter((request) => request.path === '/flaky');
    expect(attempts).toHaveLength(2);
    expect(attempts[0]!.headers['webhook-id']).toBe(attempts[1]!.headers['webhook-id']);
    expect(attempts[0]!.headers['webhook-timestamp']).not.toBe(attempts[1]!.headers['webhook-timestamp']);
    for (const attempt of attempts) {
      expect(await verifyStandardWebhook(secret, attempt.headers, attempt.body)).toBe(true);
      expect(await verifyStandardWebhook(secret, attempt.headers, attempt.body.replace('verified', 'suspended'))).toBe(false);
    }
    const payload = JSON.parse(attempts[1]!.body) as { type: string; data: Record<string, unknown> };
    expect(payload.type).toBe('organization.verified');
    expect(payload.data).toEqual({ organizationId: organization.id });
    for (const secretValue of [organization.contact.email, organization.contact.person, organization.contact.phone].filter(Boolean)) {
      expect(attempts[1]!.body).not.toContain(secretValue);
    }

    // The same stream records again: nothing new is enqueued (idempotent per event and webhook).
    await pipeline.redeliver(records);
    expect(queue.size).toBe(0);
  });

  it('disables the webhook after 24 hours of failures and mails the administrator who registered it', async () => {
    const { webhook } = await register('/down', ['ORGANIZATION_SUSPENDED']);
    const organization = await anIgbtMaker(table.store);
    await ok(client, OFFICER, SET_VERIFICATION, {
      input: { organizationId: organization.id, version: organization.version, verification: 'SUSPENDED' },
    });
    await pipeline.deliverPending();
    expect(queue.size).toBe(1);

    const start = new Date(Date.now());
    now = start;
    let attempts = 0;
    while (queue.size > 0 && attempts < 100) {
      now = new Date(Math.max(now.getTime(), queue.nextDueAt()!.getTime()));
      attempts += await queue.deliverDue(now, consume);
    }
    expect(results.at(-1)).toBe('DISABLED');
    const downAttempts = receiver.received.filter((request) => request.path === '/down');
    expect(downAttempts).toHaveLength(attempts);
    expect(new Set(downAttempts.map((attempt) => attempt.headers['webhook-id'])).size).toBe(1);
    // Exponential: 30 s, 1 min, 2 min, … capped at 4 h; the last attempt within 24 h of the first.
    const times = downAttempts.map((attempt) => Number(attempt.headers['webhook-timestamp']));
    const gaps = times.slice(1).map((time, index) => time - times[index]!);
    expect(gaps.slice(0, 4)).toEqual([30, 60, 120, 240]);
    expect(Math.max(...gaps)).toBe(4 * 60 * 60);
    expect(times.at(-1)! - times[0]!).toBeLessThanOrEqual(24 * 60 * 60);
    expect(times.at(-1)! - times[0]! + 4 * 60 * 60).toBeGreaterThan(24 * 60 * 60);

    const listed = await ok<{ id: string; status: string; disabledReason: string | null }[]>(client, OFFICER, WEBHOOKS, {});
    const state = listed.find((candidate) => candidate.id === webhook.id)!;
    expect(state.status).toBe('DISABLED');
    expect(state.disabledReason).toContain('HTTP 500');
    expect(disabled).toEqual([webhook.id]);
    const notices = smtp.to('officer@zone.example');
    expect(notices).toHaveLength(1);
    expect(notices[0]!.subject).toContain('zone-portal');
    expect(notices[0]!.text).toContain(webhook.id);

    // A disabled webhook gets nothing more (the verification goes to the other, still active webhook only).
    const before = receiver.received.length;
    await ok(client, OFFICER, SET_VERIFICATION, {
      input: {
        organizationId: organization.id,
        version: (await table.store.organizations.get(organization.id))!.version,
        verification: 'VERIFIED',
      },
    });
    await pipeline.deliverPending();
    await queue.deliverDue(now, consume);
    expect(receiver.received.slice(before).map((request) => request.path)).toEqual(['/flaky']);
  });
});
