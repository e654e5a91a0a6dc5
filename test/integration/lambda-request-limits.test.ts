import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { httpApiEvent } from '../support/api-gateway-event.js';
import { loadLambdaHandler, type InvokeLambda } from '../support/lambda-handler.js';
import { MAX_REQUEST_BODY_BYTES, RATE_LIMIT_POLICY } from '../../functions/api/limits.js';
import { rateLimitWindowFor } from '../../functions/core/access/rate-limit.js';
import { rateLimitKey } from '../../functions/store/items/keys.js';

/** The Lambda entry applies the same request limits as the local server. */
describe('request limits of the Lambda handler', () => {
  let table: TestTable;
  let invoke: InvokeLambda;

  beforeAll(async () => {
    table = await createTestTable('lambda-limits');
    invoke = await loadLambdaHandler(table);
  });

  afterAll(async () => {
    await table.drop();
  });

  it(`answers 413 with a code to a body over ${MAX_REQUEST_BODY_BYTES} bytes, before GraphQL runs`, async () => {
    const result = await invoke(httpApiEvent({ body: { query: `{ health { status } } # ${'x'.repeat(MAX_REQUEST_BODY_BYTES)}` } }));
    expect(result.statusCode).toBe(413);
    expect(JSON.parse(result.body ?? '').errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('measures a base64-encoded body by its decoded size', async () => {
    const oversized = httpApiEvent({ body: { query: `{ health { status } } # ${'x'.repeat(MAX_REQUEST_BODY_BYTES)}` } });
    const encoded = { ...oversized, body: Buffer.from(oversized.body ?? '').toString('base64'), isBase64Encoded: true };
    expect((await invoke(encoded)).statusCode).toBe(413);

    const small = httpApiEvent({ body: { query: `{ health { status } } # ${'x'.repeat(MAX_REQUEST_BODY_BYTES - 100)}` } });
    // base64 grows the text by a third; the decoded body is under the cap and must pass.
    const smallEncoded = { ...small, body: Buffer.from(small.body ?? '').toString('base64'), isBase64Encoded: true };
    expect((await invoke(smallEncoded)).statusCode).toBe(200);
  });

  it('counts a signed-in caller against the per-credential rate limit', async () => {
    const claims = { sub: 'lambda-member-1', token_use: 'id', 'cognito:username': 'kim', 'custom:organizationId': 'org-1' };
    const windowAt = (ms: number) => rateLimitWindowFor({ role: 'MEMBER', subject: 'lambda-member-1', memberships: [] }, ms, RATE_LIMIT_POLICY)!;
    const before = windowAt(Date.now());
    const result = await invoke(httpApiEvent({ body: { query: '{ health { status } }' }, claims }));
    expect(result.statusCode).toBe(200);
    // The call may straddle a window boundary: its counter is in the window it started or ended in.
    const counters = await Promise.all(
      [...new Set([before.windowStart, windowAt(Date.now()).windowStart])].map((windowStart) =>
        table.store.gateway.send<{ Item?: Record<string, unknown> }>(new GetCommand({ TableName: table.tableName, Key: rateLimitKey({ credential: before.credential, windowStart }) })),
      ),
    );
    const items = counters.flatMap((counter) => (counter.Item ? [counter.Item] : []));
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ operations: 1, ttl: expect.any(Number) as number });
  });
});
