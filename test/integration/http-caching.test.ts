/**
 * Public reference data over HTTP, through both transports: an automatic
 * persisted query (Apollo's APQ) sent as GET answers with Cache-Control and an
 * ETag, and repeating it with If-None-Match answers 304 without a body.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { startLocalServer, type RunningLocalServer } from '../support/local-http.js';
import { httpApiEvent } from '../support/api-gateway-event.js';
import { loadLambdaHandler } from '../support/lambda-handler.js';

const QUERY = 'query Chains { industryChains(locale: en) { id name chains { id name stages { id segments { id name } } } } }';
const HASH = createHash('sha256').update(QUERY).digest('hex');
const PERSISTED = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: HASH } });
// Apollo's CSRF prevention admits GETs that carry a header a simple cross-site request cannot set.
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

interface Answer {
  status: number;
  headers: Record<string, string | undefined>;
  body: string;
}

/** One transport: a GET of /graphql with these query parameters and headers. */
type Get = (params: Record<string, string>, headers?: Record<string, string>) => Promise<Answer>;

function describeApqCaching(transport: string, get: () => Get) {
  describe(`public reference data over GET (${transport})`, () => {
    it('answers an unknown hash with PERSISTED_QUERY_NOT_FOUND, so the client sends the query once', async () => {
      const unknown = JSON.stringify({
        persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(`${QUERY} `).digest('hex') },
      });
      const answer = await get()({ extensions: unknown }, PREFLIGHT);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
      expect(answer.headers.etag).toBeUndefined();
    });

    it('registers the query, then answers the hash alone with Cache-Control and an ETag', async () => {
      const registered = await get()({ query: QUERY, extensions: PERSISTED }, PREFLIGHT);
      expect(registered.status).toBe(200);
      const byHash = await get()({ extensions: PERSISTED }, PREFLIGHT);
      expect(byHash.status).toBe(200);
      expect(JSON.parse(byHash.body).data.industryChains.length).toBeGreaterThan(0);
      expect(byHash.headers['cache-control']).toBe('max-age=3600, public');
      expect(byHash.headers.etag).toMatch(/^"2026\.11\.1-[\w-]{22}"$/);
      expect(byHash.headers.vary).toMatch(/Accept-Language/);
      expect(byHash.headers.etag).toBe(registered.headers.etag);
    });

    it('answers a second identical request carrying If-None-Match with 304 and no body', async () => {
      const first = await get()({ extensions: PERSISTED }, PREFLIGHT);
      const second = await get()({ extensions: PERSISTED }, { ...PREFLIGHT, 'if-none-match': first.headers.etag ?? '' });
      expect(second.status).toBe(304);
      expect(second.body).toBe('');
      expect(second.headers.etag).toBe(first.headers.etag);
      expect(second.headers['cache-control']).toBe('max-age=3600, public');
    });

    it('answers a stale If-None-Match in full', async () => {
      const answer = await get()({ extensions: PERSISTED }, { ...PREFLIGHT, 'if-none-match': '"2026.10.1-stale"' });
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).data.industryChains.length).toBeGreaterThan(0);
    });

    it('caches nothing once a field outside the public model is asked for', async () => {
      const answer = await get()({ query: '{ health { status } industryChains { id } }' }, PREFLIGHT);
      expect(answer.status).toBe(200);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.headers.etag).toBeUndefined();
    });
  });
}

let table: TestTable;
let local: RunningLocalServer;
let invokeLambda: Awaited<ReturnType<typeof loadLambdaHandler>>;

beforeAll(async () => {
  table = await createTestTable('http-caching');
  local = await startLocalServer({ store: table.store });
  invokeLambda = await loadLambdaHandler(table);
});

afterAll(async () => {
  await local.close();
  await table.drop();
});

describeApqCaching('local server', () => async (params, headers = {}) => {
  const response = await fetch(`${local.url}?${new URLSearchParams(params).toString()}`, { headers });
  return { status: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
});

describeApqCaching('Lambda handler', () => async (params, headers = {}) => {
  const result = await invokeLambda(httpApiEvent({ method: 'GET', query: params, headers }));
  const lowerCased = Object.fromEntries(Object.entries(result.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]));
  return { status: result.statusCode ?? 200, headers: lowerCased, body: result.body ?? '' };
});
