import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { startLocalServer, type RunningLocalServer } from '../support/local-http.js';
import { DevIssuer } from '../../functions/local/dev-issuer.js';
import type { RateLimitPolicy } from '../../functions/core/access/rate-limit.js';
import type { CommandSender } from '../../functions/store/dynamo-gateway.js';

/** A policy small enough to exhaust in a test; the shipped one is RATE_LIMIT_POLICY. */
const POLICY: RateLimitPolicy = { windowSeconds: 3600, operationsPerWindow: { PARTNER: 3, MEMBER: 2, ADMIN: 5 } };
const HEALTH = JSON.stringify({ query: '{ health { status } }' });

describe('per-credential rate limiting', () => {
  let table: TestTable;
  let local: RunningLocalServer;
  let issuer: DevIssuer;
  let keyDir: string;

  beforeAll(async () => {
    keyDir = await mkdtemp(join(tmpdir(), 'chainfit-rate-'));
    issuer = await DevIssuer.open(join(keyDir, 'key.json'));
    table = await createTestTable('rate-limit');
    local = await startLocalServer({ store: table.store, rateLimit: POLICY, verifyToken: async (token) => issuer.verify(token) });
  });

  afterAll(async () => {
    await local.close();
    await table.drop();
    await rm(keyDir, { recursive: true, force: true });
  });

  async function call(token?: string): Promise<Response> {
    return fetch(local.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: HEALTH,
    });
  }

  it('lets a partner app run its allowance, then answers 429 RATE_LIMITED with Retry-After', async () => {
    const partner = await issuer.sign('partner');
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(partner)).status);
    expect(statuses).toEqual([200, 200, 200]);

    const refused = await call(partner);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(POLICY.windowSeconds);
    const body = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryable: true, retryAfterSeconds: retryAfter });
  });

  it('counts each credential separately, so one member’s burst does not block another', async () => {
    const first = await issuer.sign('member', 'org-1');
    const second = await issuer.sign('member', 'org-2');
    expect([(await call(first)).status, (await call(first)).status, (await call(first)).status]).toEqual([200, 200, 429]);
    expect((await call(second)).status).toBe(200);
  });

  it('counts concurrent calls exactly: of 20 at once, only the allowance gets through', async () => {
    const admin = await issuer.sign('admin');
    const statuses = await Promise.all(Array.from({ length: 20 }, async () => (await call(admin)).status));
    expect(statuses.filter((status) => status === 200)).toHaveLength(POLICY.operationsPerWindow.ADMIN);
    expect(statuses.filter((status) => status === 429)).toHaveLength(20 - POLICY.operationsPerWindow.ADMIN);
  });

  it('leaves anonymous callers to API Gateway throttling', async () => {
    const statuses = await Promise.all(Array.from({ length: 8 }, async () => (await call()).status));
    expect(statuses.every((status) => status === 200)).toBe(true);
  });
});

describe('rate limiting when its counter is unreachable', () => {
  let table: TestTable;
  let local: RunningLocalServer;
  let partner: string;
  const logged: string[] = [];

  beforeAll(async () => {
    table = await createTestTable('rate-limit-down');
    const counterDown = (client: CommandSender): CommandSender => ({
      send: async (command: never) => {
        if ((command as object).constructor.name === 'UpdateCommand')
          throw Object.assign(new Error('throttled'), { name: 'ThrottlingException' });
        return client.send(command);
      },
    });
    const store = table.storeWith({ wrapClient: counterDown, retryPolicy: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 2 } });
    const issuer = await DevIssuer.open(join(await mkdtemp(join(tmpdir(), 'chainfit-rate-')), 'key.json'));
    local = await startLocalServer({
      store,
      rateLimit: POLICY,
      logError: (message) => logged.push(message),
      verifyToken: async (token) => issuer.verify(token),
    });
    partner = await issuer.sign('partner');
  });

  afterAll(async () => {
    await local.close();
    await table.drop();
  });

  it('lets calls within the instance’s own count through and logs it (fail open: stage throttling still bounds the total)', async () => {
    const statuses = [];
    for (let i = 0; i < POLICY.operationsPerWindow.PARTNER + 2; i++) {
      const response = await fetch(local.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${partner}` },
        body: HEALTH,
      });
      statuses.push(response.status);
    }
    // The outage refuses nothing the instance's own count allows; what it has counted itself it still limits.
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    expect(logged).toContain('rate limit counter unavailable; counting in this instance only');
  });
});
