import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { startLocalServer, type RunningLocalServer } from '../support/local-http.js';
import { MAX_REQUEST_BODY_BYTES, QUERY_COST, QUERY_LIMITS } from '../../functions/api/limits.js';
import type { CommandSender } from '../../functions/store/dynamo-gateway.js';

/** The browser- and abuse-facing behaviour of the HTTP endpoint, as both transports share it. */

interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody; text: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as GraphQLBody, text };
}

/**
 * A query `depth` fields deep (__type → ofType → ofType …), ending in `leaf`:
 * introspection, so it needs no data, and through ofType, which graphql-js's
 * own introspection-depth rule does not count.
 */
function nestedTypeQuery(depth: number, leaf: string): string {
  const selection = Array.from({ length: depth - 2 }, () => 'ofType').reduceRight((inner, field) => `${field} { ${inner} }`, leaf);
  return `{ __type(name: "Query") { ${selection} } }`;
}

/** Every field of an organization profile: what a client showing a full profile asks for. */
const FULL_ORGANIZATION = `id type country region city name { en zh ko } description { en zh ko } website foundedYear sizeBand
  offers { segmentId note } seeks keywords cooperationModes preferences { countries types parks languages }
  technology { maturity ipStatus } contact { person email phone } verification createdAt updatedAt version`;

describe('the HTTP endpoint under abuse', () => {
  let table: TestTable;
  let local: RunningLocalServer;

  beforeAll(async () => {
    table = await createTestTable('http-hardening');
    await table.store.system.putDatasetMarker({ dataset: 'hardening', version: 'v1', loadedAt: '2026-11-26T00:00:00Z' });
    local = await startLocalServer({ store: table.store });
  });

  afterAll(async () => {
    await local.close();
    await table.drop();
  });

  describe('cross-site requests', () => {
    it('runs a simple cross-site GET as an anonymous caller: no credential travels without a preflight', async () => {
      const response = await fetch(`${local.url}?query=${encodeURIComponent('{ health { status } }')}`);
      expect(response.status).toBe(200);
      expect(local.principals.at(-1)).toEqual({ role: 'ANONYMOUS' });
    });

    it('refuses a text/plain POST (a simple request that skips the preflight)', async () => {
      const response = await post(local.url, { query: '{ health { status } }' }, { 'content-type': 'text/plain' });
      expect(response.status).toBe(400);
    });

    it('answers a GET that carries a preflight-forcing header', async () => {
      const response = await fetch(`${local.url}?query=${encodeURIComponent('{ health { status } }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ data: { health: { status: 'OK' } } });
    });
  });

  it('refuses batched operations', async () => {
    const response = await post(local.url, [{ query: '{ health { status } }' }, { query: '{ health { status } }' }]);
    expect(response.status).toBe(400);
    expect(response.text).toContain('batching');
  });

  it(`answers 413 to a body over ${MAX_REQUEST_BODY_BYTES} bytes, with a code`, async () => {
    const response = await post(local.url, { query: `{ health { status } } # ${'x'.repeat(MAX_REQUEST_BODY_BYTES)}` });
    expect(response.status).toBe(413);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });

  describe('query limits', () => {
    it.each([
      ['as deep as allowed', nestedTypeQuery(QUERY_LIMITS.maxDepth, 'name')],
      [
        'a full page of 100 postings with their owners’ whole profiles',
        `{ collaborations(first: 100) { edges { cursor node { id title { en } organization { ${FULL_ORGANIZATION} } } } pageInfo { hasNextPage } } }`,
      ],
    ])('lets a query within every limit through validation: %s', async (_name, query) => {
      const response = await post(local.url, { query });
      expect(response.status).toBe(200);
      // Anonymous callers may still be refused by the access policy; the limits did not stop the query.
      expect((response.body.errors ?? []).map((error) => error.extensions?.code)).not.toContain('GRAPHQL_VALIDATION_FAILED');
    });

    it.each([
      ['maxDepth', nestedTypeQuery(QUERY_LIMITS.maxDepth + 1, 'name'), /depth limit of 10 exceeded/],
      [
        'maxAliases',
        `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: health { status }`).join(' ')} }`,
        /Aliases limit of 15 exceeded/,
      ],
      [
        'maxDirectives',
        `{ ${'__typename @include(if: true) '.repeat(QUERY_LIMITS.maxDirectives + 1)} }`,
        /Directives limit of 10 exceeded/,
      ],
    ])('rejects a document over %s before any resolver runs', async (limit, query, message) => {
      const response = await post(local.url, { query });
      expect(response.status).toBe(400);
      const error = response.body.errors?.find((e) => e.extensions?.limit === limit);
      expect(error?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit });
      expect(error?.message).toMatch(message);
    });

    it('rejects an anonymous document over the anonymous cost budget before any resolver runs', async () => {
      const query = `{ ${['a', 'b', 'c', 'd', 'e'].map((alias) => `${alias}: organizations(first: 100) { edges { node { ${FULL_ORGANIZATION} } } }`).join(' ')} }`;
      const response = await post(local.url, { query });
      expect(response.status).toBe(400);
      const error = response.body.errors?.find((e) => e.extensions?.limit === 'maxCost');
      expect(error?.extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'maxCost',
        maxCost: QUERY_COST.maxAnonymousCost,
      });
      expect(error?.message).toMatch(/Query cost limit of 20000 exceeded/);
      expect(response.body.data).toBeUndefined();
    });

    it(`rejects a document over ${QUERY_LIMITS.maxTokens} tokens while parsing`, async () => {
      const response = await post(local.url, { query: `{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }` });
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
      expect(response.body.errors?.[0]?.message).toContain(`more that ${QUERY_LIMITS.maxTokens} tokens`);
    });
  });
});

describe('the HTTP endpoint in production', () => {
  let table: TestTable;
  let local: RunningLocalServer;
  const logged: Record<string, unknown>[] = [];

  beforeAll(async () => {
    table = await createTestTable('http-production');
    // The table's client breaks in a way no resolver expects: the error carries internals.
    const broken = (client: CommandSender): CommandSender => ({
      send: async (command: never) => {
        if ((command as object).constructor.name === 'GetCommand') {
          throw new TypeError('Cannot read properties of undefined (reading "Item") at /var/task/secret-module.js:42 table=chainfit-prod');
        }
        return client.send(command);
      },
    });
    local = await startLocalServer({
      store: table.storeWith({ wrapClient: broken }),
      production: true,
      logError: (_message, details) => logged.push(details),
    });
  });

  afterAll(async () => {
    await local.close();
    await table.drop();
  });

  it('refuses introspection', async () => {
    const response = await post(local.url, { query: '{ __schema { types { name } } }' });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.body.errors?.[0]?.message).toContain('introspection');
  });

  it('gives no "did you mean" hints about the schema', async () => {
    const response = await post(local.url, { query: '{ healt { status } }' });
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.text).not.toContain('Did you mean');
  });

  it('answers an unexpected resolver failure with a generic message, no stack and no internals, and logs it', async () => {
    const response = await post(local.url, { query: '{ health { status } }' });
    expect(response.body.errors).toEqual([
      {
        message: 'Internal server error',
        path: ['health'],
        locations: [{ line: 1, column: 3 }],
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
    expect(response.text).not.toMatch(/secret-module|stack|TypeError|chainfit-prod/);
    expect(JSON.stringify(logged)).toContain('secret-module');
  });
});
