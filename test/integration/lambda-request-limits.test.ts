import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { httpApiEvent } from '../support/api-gateway-event.js';
import { loadLambdaHandler, type InvokeLambda } from '../support/lambda-handler.js';
import { MAX_REQUEST_BODY_BYTES, RATE_LIMIT_POLICY, RATE_LIMIT_RECONCILIATION } from '../../functions/api/limits.js';
import { flushThresholdOf, localBudgetOf } from '../../functions/core/access/rate-limit-ledger.js';
import { rateLimitWindowFor } from '../../functions/core/access/rate-limit.js';

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

  it('counts a signed-in caller against the per-credential rate limit, in DynamoDB once the instance’s flush threshold is reached', async () => {
    const batch = flushThresholdOf(localBudgetOf(RATE_LIMIT_POLICY.operationsPerWindow.MEMBER, RATE_LIMIT_RECONCILIATION));
    // A batch that straddles a window boundary is split between two counters: then it is sent again as another member.
    for (let attempt = 1; ; attempt++) {
      const subject = `lambda-member-${attempt}`;
      const claims = { sub: subject, token_use: 'id', 'cognito:username': 'kim', 'custom:organizationId': 'org-1' };
      const window = rateLimitWindowFor({ role: 'MEMBER', subject, memberships: [] }, Date.now(), RATE_LIMIT_POLICY)!;
      for (let i = 0; i < batch; i++)
        expect((await invoke(httpApiEvent({ body: { query: '{ health { status } }' }, claims }))).statusCode).toBe(200);
      if (
        rateLimitWindowFor({ role: 'MEMBER', subject, memberships: [] }, Date.now(), RATE_LIMIT_POLICY)!.windowStart !==
          window.windowStart &&
        attempt < 3
      )
        continue;
      await expect.poll(async () => table.store.rateLimits.total(window)).toBe(batch);
      return;
    }
  });
});
