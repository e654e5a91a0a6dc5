import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Handler } from 'aws-lambda';
import { UNSUBSCRIBE_PATH, unsubscribeToken } from '../../functions/app/unsubscribe-links.js';
import type { NotificationPreferences } from '../../functions/core/notifications/notification-preferences.js';
import { httpApiEvent, lambdaContext } from '../support/api-gateway-event.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

const SECRET = 'test-unsubscribe-lambda-secret';
/** The link as a mail carries it (notification-mail-delivery.ts): the HTTP API's URL of UNSUBSCRIBE_PATH with the token. */
const API_URL = `https://abc123.execute-api.ap-northeast-2.amazonaws.com${UNSUBSCRIBE_PATH}`;
const linkFor = (subject: string, secret = SECRET): string => `${API_URL}?token=${unsubscribeToken(secret, subject)}`;

/**
 * The event API Gateway (HTTP API, payload 2.0) sends the unsubscribe Lambda for a link: the route, path and query
 * parameters as parsed from the URL, no authorizer (the route has none). A mail client's one-click POST (RFC 8058)
 * carries `List-Unsubscribe=One-Click` as a form body, which API Gateway hands over base64-encoded.
 */
function unsubscribeEvent(method: 'GET' | 'POST', link: string): APIGatewayProxyEventV2 {
  const url = new URL(link);
  const query = Object.fromEntries(url.searchParams);
  const base = httpApiEvent({ method, query, headers: method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {} });
  const form = 'List-Unsubscribe=One-Click';
  return {
    ...base,
    routeKey: `${method} ${UNSUBSCRIBE_PATH}`,
    rawPath: url.pathname,
    rawQueryString: url.searchParams.toString(),
    requestContext: {
      ...base.requestContext,
      routeKey: `${method} ${UNSUBSCRIBE_PATH}`,
      http: { ...base.requestContext.http, path: url.pathname },
    },
    ...(method === 'POST'
      ? {
          body: Buffer.from(form).toString('base64'),
          isBase64Encoded: true,
          headers: { ...base.headers, 'content-length': String(form.length) },
        }
      : {}),
  };
}

/**
 * The unsubscribe Lambda (functions/worker/unsubscribe-handler.ts) as API Gateway invokes it for GET and POST
 * /unsubscribe: configuration from the environment, the person's preferences in a DynamoDB Local table.
 */
describe('the unsubscribe Lambda', () => {
  let table: TestTable;
  let invoke: (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

  const preferencesOf = (subject: string) => table.store.notifications.preferences(subject);
  /** A person who chose Korean mails and muted one kind: unsubscribing turns mail off and keeps the rest. */
  async function aSubscribedPerson(subject: string): Promise<NotificationPreferences> {
    const preferences: NotificationPreferences = {
      subject,
      email: true,
      language: 'ko',
      mutedKinds: ['OUTCOME_RECORDED'],
      digestFrequency: 'WEEKLY',
      updatedAt: '2026-11-01T00:00:00.000Z',
    };
    await table.store.notifications.putPreferences(preferences);
    return preferences;
  }

  beforeAll(async () => {
    table = await createTestTable('unsubscribe-handler');
    process.env.TABLE_NAME = table.tableName;
    process.env.DYNAMODB_ENDPOINT = table.endpoint;
    process.env.AWS_REGION = 'local';
    process.env.UNSUBSCRIBE_SECRET = SECRET;
    const { handler } = (await import('../../functions/worker/unsubscribe-handler.js')) as unknown as { handler: Handler };
    invoke = async (event) => (await handler(event, lambdaContext(), () => undefined)) as APIGatewayProxyStructuredResultV2;
  });
  afterAll(async () => {
    await table.drop();
  });

  it('answers a GET of a valid link with a button that POSTs to the same link, and changes nothing (link scanners)', async () => {
    const before = await aSubscribedPerson('person-who-looks');
    const link = linkFor('person-who-looks');
    const response = await invoke(unsubscribeEvent('GET', link));
    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    const action = /<form method="post" action="([^"]+)">/.exec(response.body ?? '')?.[1];
    expect(action && new URL(action, API_URL).href).toBe(link);
    expect(response.body).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(await preferencesOf('person-who-looks')).toEqual(before);
  });

  it("turns the person's mail off in DynamoDB on the one-click POST (RFC 8058), keeping the other preferences", async () => {
    const before = await aSubscribedPerson('person-who-leaves');
    const event = unsubscribeEvent('POST', linkFor('person-who-leaves'));
    const response = await invoke(event);
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('no more notification mails');
    expect(await preferencesOf('person-who-leaves')).toEqual({
      ...before,
      email: false,
      updatedAt: new Date(event.requestContext.timeEpoch).toISOString(),
    });
    // Following the link again (a second click, a retried POST) answers the same and keeps mail off.
    expect((await invoke(unsubscribeEvent('POST', linkFor('person-who-leaves')))).statusCode).toBe(200);
    expect((await preferencesOf('person-who-leaves'))?.email).toBe(false);
  });

  it('unsubscribes a person who never set preferences: the defaults with mail off', async () => {
    expect(await preferencesOf('person-with-defaults')).toBeNull();
    expect((await invoke(unsubscribeEvent('POST', linkFor('person-with-defaults')))).statusCode).toBe(200);
    expect(await preferencesOf('person-with-defaults')).toMatchObject({ subject: 'person-with-defaults', email: false, mutedKinds: [] });
  });

  it("refuses a tampered link (another person's subject under a valid signature, a foreign secret, a garbled token) and changes nothing", async () => {
    const victim = await aSubscribedPerson('person-not-asking');
    const valid = unsubscribeToken(SECRET, 'person-who-signs');
    const [, signature] = valid.split('.');
    const otherSubject = `${Buffer.from('person-not-asking').toString('base64url')}.${signature ?? ''}`;
    const tampered = [
      `${API_URL}?token=${otherSubject}`,
      linkFor('person-not-asking', 'another-secret'),
      `${API_URL}?token=${valid.slice(0, -2)}`,
      `${API_URL}?token=`,
      API_URL,
    ];
    for (const link of tampered) {
      const response = await invoke(unsubscribeEvent('POST', link));
      expect(response.statusCode, link).toBe(400);
      expect(response.body).toContain('not valid');
    }
    expect(await preferencesOf('person-not-asking')).toEqual(victim);
    expect(await preferencesOf('person-who-signs')).toBeNull();
  });
});
