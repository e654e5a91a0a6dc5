import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, importJWK, decodeJwt, type JWK } from 'jose';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { anOrganization } from '../support/organization-factory.js';
import { startLocalServer, type RunningLocalServer } from '../support/local-http.js';
import { DevIssuer, DEV_AUDIENCE, DEV_ISSUER, DEV_MEMBERSHIP_CLAIM, devSubjectOf } from '../../functions/local/dev-issuer.js';

/**
 * `npm run dev:token` as a developer uses it: the CLI prints a token, the
 * local HTTP transport verifies it and hands GraphQL the principal it names;
 * a tampered, expired or foreign token never gets that far (401).
 */
async function devToken(localDir: string, ...args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev-token.ts', ...args], {
    env: { ...process.env, CHAINFIT_LOCAL_DIR: localDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).toBe(0);
  return output.trim();
}

describe('dev tokens against the local server', () => {
  let localDir: string;
  let table: TestTable;
  let local: RunningLocalServer;
  let privateJwk: JWK;

  beforeAll(async () => {
    localDir = await mkdtemp(join(tmpdir(), 'chainfit-dev-token-'));
    table = await createTestTable('dev-token');
    // A dev member token makes its holder a member of an organization that exists (as the demo data's do under npm start).
    await table.store.organizations.importMany([anOrganization({ id: 'org-kr-hyundai-mobis' })]);
    const keyFile = join(localDir, 'dev-issuer', 'key.json');
    // The first CLI call generates the key; the server then opens the same key, as `npm start` does.
    const first = await devToken(localDir, 'partner');
    expect(first.split('.')).toHaveLength(3);
    const issuer = await DevIssuer.open(keyFile);
    privateJwk = (JSON.parse(await readFile(keyFile, 'utf8')) as { privateJwk: JWK }).privateJwk;
    local = await startLocalServer({ store: table.store, verifyToken: async (token) => issuer.verify(token) });
  }, 120_000);

  afterAll(async () => {
    await local.close();
    await table.drop();
    await rm(localDir, { recursive: true, force: true });
  });

  async function callWith(token: string): Promise<Response> {
    return fetch(local.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ health { status } }' }),
    });
  }

  it.each<[string[], Record<string, unknown>]>([
    [['admin'], { role: 'ADMIN' }],
    // The local server makes the demo person a MEMBER of the organization; the request reads it back from the table.
    [['member', 'org-kr-hyundai-mobis'], { role: 'MEMBER', memberships: [{ organizationId: 'org-kr-hyundai-mobis', role: 'MEMBER' }] }],
    [['user'], { role: 'MEMBER', memberships: [] }],
    [
      ['user', 'Kim@Arum.example'],
      { role: 'MEMBER', subject: devSubjectOf('kim@arum.example'), email: 'kim@arum.example', memberships: [] },
    ],
    [['partner'], { role: 'PARTNER', clientId: 'dev-partner-app' }],
  ])(
    'accepts `npm run dev:token -- %s` and maps it to %j',
    async (args, expected) => {
      const token = await devToken(localDir, ...args);
      const response = await callWith(token);
      expect(response.status).toBe(200);
      expect(local.principals.at(-1)).toMatchObject(expected);
    },
    60_000,
  );

  it('gives `user <email>` the same subject on every call, so a person keeps their memberships', async () => {
    const [first, second] = [await devToken(localDir, 'user', 'lee@example.org'), await devToken(localDir, 'user', 'lee@example.org')];
    expect(decodeJwt(first).sub).toBe(decodeJwt(second).sub);
    expect(decodeJwt(first).sub).not.toBe(decodeJwt(await devToken(localDir, 'user', 'park@example.org')).sub);
  }, 60_000);

  it('tells an expired token from an invalid one in WWW-Authenticate', async () => {
    const expired = await callWith(await signed(DevIssuer.claimsFor('admin'), { expiresAt: Math.floor(Date.now() / 1000) - 60 }));
    expect(expired.headers.get('www-authenticate')).toBe('Bearer error="invalid_token", error_description="token expired"');
    const invalid = await callWith('not-a-jwt');
    expect(invalid.headers.get('www-authenticate')).toBe('Bearer error="invalid_token", error_description="token invalid"');
  });

  async function signed(
    claims: Record<string, unknown>,
    options: { issuer?: string; audience?: string; expiresAt?: number },
  ): Promise<string> {
    const key = await importJWK(privateJwk, 'ES256');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256' })
      .setIssuer(options.issuer ?? DEV_ISSUER)
      .setAudience(options.audience ?? DEV_AUDIENCE)
      .setIssuedAt(now - 7200)
      .setExpirationTime(options.expiresAt ?? now + 3600)
      .sign(key);
  }

  it.each<[string, () => Promise<string>]>([
    [
      'a member token whose organization claim was edited',
      async () => {
        const token = await devToken(localDir, 'member', 'org-a');
        const [header, , signature] = token.split('.');
        const payload = { ...decodeJwt(token), [DEV_MEMBERSHIP_CLAIM]: 'org-b' };
        return `${header}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
      },
    ],
    ['an expired token', async () => signed(DevIssuer.claimsFor('admin'), { expiresAt: Math.floor(Date.now() / 1000) - 60 })],
    ['a token from another issuer', async () => signed(DevIssuer.claimsFor('admin'), { issuer: 'https://evil.example' })],
    ['a token for another audience', async () => signed(DevIssuer.claimsFor('admin'), { audience: 'someone-else' })],
    ['a token signed with another key', async () => (await DevIssuer.open(join(localDir, 'other', 'key.json'))).sign('admin')],
    [
      'an unsigned token (alg none)',
      async () =>
        `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ ...DevIssuer.claimsFor('admin'), iss: DEV_ISSUER, aud: DEV_AUDIENCE })).toString('base64url')}.`,
    ],
    ['garbage', async () => 'not-a-jwt'],
  ])(
    'answers 401 to %s, before GraphQL runs',
    async (_name, makeToken) => {
      const before = local.principals.length;
      const response = await callWith(await makeToken());
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toContain('Bearer');
      expect(local.principals.length).toBe(before);
    },
    60_000,
  );

  it('answers 401 to an Authorization header that is not a bearer token', async () => {
    const response = await fetch(local.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic YTpi' },
      body: '{"query":"{ health { status } }"}',
    });
    expect(response.status).toBe(401);
  });
});
