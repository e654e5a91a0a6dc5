import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { startLocalServer, type RunningLocalServer } from '../support/local-http.js';
import { DevIssuer } from '../../functions/local/dev-issuer.js';
import { QUERY_COST, TEXT_ARGUMENT_LIMITS } from '../../functions/api/limits.js';
import type { RateLimitPolicy } from '../../functions/core/access/rate-limit.js';
import type { GraphQLContext } from '../../functions/api/context.js';
import { amplificationQuery, LONG_TEXT_SEARCH } from '../support/abusive-requests.js';

/**
 * Finding 1 and 2 of the security review (docs/security.md, "Findings"): amplification
 * documents are refused before anything executes, and the rate limiter
 * charges a request for the work it asks for, not one unit per request.
 */

/** Small enough to exhaust in a test; the shipped one is RATE_LIMIT_POLICY. */
const POLICY: RateLimitPolicy = { windowSeconds: 3600, operationsPerWindow: { PARTNER: 10, MEMBER: 20, ADMIN: 20 } };

interface GraphQLBody {
  data?: unknown;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

describe('operation cost', () => {
  let table: TestTable;
  let local: RunningLocalServer;
  let issuer: DevIssuer;
  let keyDir: string;
  let executions = 0;

  /** Counts operations that reached execution: a refusal before execution leaves it unchanged. */
  const executionCounter: ApolloServerPlugin<GraphQLContext> = {
    requestDidStart: () =>
      Promise.resolve({
        executionDidStart: () => {
          executions++;
          return Promise.resolve();
        },
      }),
  };

  beforeAll(async () => {
    keyDir = await mkdtemp(join(tmpdir(), 'chainfit-cost-'));
    issuer = await DevIssuer.open(join(keyDir, 'key.json'));
    table = await createTestTable('query-cost');
    local = await startLocalServer({
      store: table.store,
      rateLimit: POLICY,
      plugins: [executionCounter],
      verifyToken: async (token) => issuer.verify(token),
    });
  });

  afterAll(async () => {
    await local.close();
    await table.drop();
    await rm(keyDir, { recursive: true, force: true });
  });

  async function post(body: unknown, token?: string): Promise<{ status: number; body: GraphQLBody }> {
    const response = await fetch(local.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as GraphQLBody };
  }

  describe('finding 1: anonymous amplification', () => {
    it.each([1, 3, 15])('refuses the nested zoneParks document aliased %i times before execution, with a cost error', async (aliases) => {
      const before = executions;
      const response = await post({ query: amplificationQuery(aliases) });
      expect(response.status).toBe(400);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'maxCost',
        maxCost: QUERY_COST.maxAnonymousCost,
      });
      expect(response.body.errors?.[0]?.extensions?.cost).toBeGreaterThan(QUERY_COST.maxCost);
      expect(executions).toBe(before);
    });

    it('refuses it for a signed-in caller too (over the signed-in budget), without charging the rate limit', async () => {
      const partner = await issuer.sign('partner', undefined, 'cost-partner-1');
      const before = executions;
      const response = await post({ query: amplificationQuery(1) }, partner);
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ limit: 'maxCost', maxCost: QUERY_COST.maxCost });
      expect(executions).toBe(before);
      // Nothing was charged: the whole allowance is still there.
      for (let i = 0; i < POLICY.operationsPerWindow.PARTNER; i++)
        expect((await post({ query: '{ health { status } }' }, partner)).status).toBe(200);
    });

    it('refuses 63 KB of search text in 16 searchSegments fields before execution, naming the argument', async () => {
      const before = executions;
      const response = await post(LONG_TEXT_SEARCH);
      expect(response.status).toBe(400);
      expect(response.body.data).toBeUndefined();
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: expect.arrayContaining([
          { path: 'text', message: `is longer than ${TEXT_ARGUMENT_LIMITS.byArgument['Query.searchSegments.text']} characters` },
        ]),
      });
      expect(executions).toBe(before);
    });

    it('caps every other free-text argument at any depth of an input', async () => {
      const member = await issuer.sign('member', 'org-text');
      const response = await post(
        {
          query: 'mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }',
          variables: {
            input: { fromOrganizationId: 'org-text', toOrganizationId: 'org-2', message: 'x'.repeat(TEXT_ARGUMENT_LIMITS.default + 1) },
          },
        },
        member,
      );
      expect(response.body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        problems: [{ path: 'input.message', message: `is longer than ${TEXT_ARGUMENT_LIMITS.default} characters` }],
      });
    });

    it('refuses an anonymous document deeper than the public depth limit', async () => {
      const response = await post({
        query: '{ segment(id: "nev.battery-cells") { chain { stages { segments { chain { stages { segments { id } } } } } } } }',
      });
      expect(response.body.errors?.[0]?.extensions).toMatchObject({ limit: 'maxPublicDepth', maxDepth: QUERY_COST.maxPublicDepth });
    });

    it('still answers the whole industry-chain model to an anonymous caller', async () => {
      const response = await post({
        query: '{ industryChains { id name chains { id name stages { id name index segments { id name parks { id name } } } } } }',
      });
      expect(response.status).toBe(200);
      expect(response.body.errors).toBeUndefined();
    });
  });

  describe('finding 2: the rate limiter charges the cost', () => {
    it('refuses 15 aliased partner searches outright when their cost is over the allowance, and charges nothing for them', async () => {
      const partner = await issuer.sign('partner', undefined, 'cost-partner-2');
      const searches = Array.from(
        { length: 15 },
        (_, i) => `s${i}: searchPartners(input: { organizationId: "org-${i}" }) { results { score } }`,
      );
      const response = await post({ query: `{ ${searches.join(' ')} }` }, partner);
      expect(response.status).toBe(429);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect((await post({ query: '{ health { status } }' }, partner)).status).toBe(200);
    });

    it('charges 15 aliased mutations as 15 and more units, not one', async () => {
      const member = await issuer.sign('member', 'org-closer');
      const closes = Array.from({ length: 15 }, (_, i) => `c${i}: closeCollaboration(input: { id: "col-${i}", version: 1 }) { id }`);
      const first = await post({ query: `mutation { ${closes.join(' ')} }` }, member);
      expect(first.status).toBe(200);
      // 15 × (1,000 + 2) = 15,030 cost points: 16 units of the member's 20.
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await post({ query: '{ health { status } }' }, member)).status);
      expect(statuses).toEqual([200, 200, 200, 200, 429]);
    });
  });
});
