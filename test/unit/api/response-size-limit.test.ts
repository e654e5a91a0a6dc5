import { describe, expect, it } from 'vitest';
import { MAX_RESPONSE_BYTES } from '../../../functions/api/limits.js';
import { capResponse, RESPONSE_TOO_LARGE_STATUS, responseSizeMiddleware } from '../../../functions/api/response-size-limit.js';

/** The response size cap both transports apply: the local server through capResponse, the Lambda handler through the middleware. */
const json = { 'content-type': 'application/json; charset=utf-8', etag: '"v1"', 'cache-control': 'max-age=3600, public' };

describe('the response size cap', () => {
  it('passes an answer within the cap unchanged', () => {
    const answer = { status: 200, headers: json, body: JSON.stringify({ data: { x: 'y'.repeat(100) } }) };
    expect(capResponse(answer)).toBe(answer);
  });

  it('replaces a larger answer, whole, with a RESPONSE_TOO_LARGE error that is valid JSON and never cached', () => {
    const body = JSON.stringify({ data: { x: 'é'.repeat(MAX_RESPONSE_BYTES / 2) } });
    const capped = capResponse({ status: 200, headers: json, body });
    expect(capped.status).toBe(RESPONSE_TOO_LARGE_STATUS);
    expect(capped.headers).toEqual({ 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    const parsed = JSON.parse(capped.body) as { data?: unknown; errors: { extensions: Record<string, unknown> }[] };
    expect(parsed.data).toBeUndefined();
    expect(parsed.errors[0]?.extensions).toEqual({ code: 'RESPONSE_TOO_LARGE', maxBytes: MAX_RESPONSE_BYTES });
  });

  it('counts bytes, not characters', () => {
    const body = 'é'.repeat(600);
    expect(capResponse({ status: 200, headers: json, body }, 1000).status).toBe(RESPONSE_TOO_LARGE_STATUS);
    expect(capResponse({ status: 200, headers: json, body }, 1200).status).toBe(200);
  });

  it('applies the same cap to the Lambda result', async () => {
    const onResult = await responseSizeMiddleware();
    const result = { statusCode: 200, headers: json, body: JSON.stringify({ data: { x: 'y'.repeat(MAX_RESPONSE_BYTES) } }) };
    await onResult(result);
    expect(result.statusCode).toBe(RESPONSE_TOO_LARGE_STATUS);
    expect(JSON.parse(result.body).errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
    const small = { statusCode: 200, headers: json, body: '{"data":{}}' };
    await onResult(small);
    expect(small).toEqual({ statusCode: 200, headers: json, body: '{"data":{}}' });
  });
});
