/**
 * In production the web console may run only the operations of its safelist;
 * other clients are not affected. Through the local transport with a
 * production-configured server, and through the Lambda handler in production.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { startLocalServer, type RunningLocalServer } from '../support/local-http.js';
import { httpApiEvent } from '../support/api-gateway-event.js';
import { loadLambdaHandler, type InvokeLambda } from '../support/lambda-handler.js';
import { CLIENT_NAME_HEADER, CONSOLE_CLIENT_NAME, trustedDocumentsOf } from '../../functions/api/trusted-documents.js';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const TRUSTED = 'query ConsoleChains { industryChains { id } }';
const UNTRUSTED = 'query Probe { zoneParks { id name } }';
const CONSOLE = { [CLIENT_NAME_HEADER]: CONSOLE_CLIENT_NAME };

/** A manifest as the console's build would generate it. */
function manifestOf(...bodies: string[]) {
  return {
    format: 'apollo-persisted-query-manifest',
    version: 1,
    operations: bodies.map((body, i) => ({ id: sha256(body), name: `Operation${i}`, type: 'query', body })),
  };
}

interface Answer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions: { code: string } }[] };
}

describe('trusted documents of the web console (production server)', () => {
  let table: TestTable;
  let local: RunningLocalServer;

  async function post(body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(local.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'] };
  }

  beforeAll(async () => {
    table = await createTestTable('trusted-docs');
    local = await startLocalServer({ store: table.store, production: true, trustedDocuments: trustedDocumentsOf(manifestOf(TRUSTED)) });
  });

  afterAll(async () => {
    await local.close();
    await table.drop();
  });

  it('runs a safelisted operation for the console', async () => {
    const answer = await post({ query: TRUSTED }, CONSOLE);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data?.industryChains as unknown[]).length).toBeGreaterThan(0);
  });

  it('refuses any other operation from the console with FORBIDDEN (403) and no data', async () => {
    const answer = await post({ query: UNTRUSTED }, CONSOLE);
    expect(answer.status).toBe(403);
    expect(answer.body.data).toBeUndefined();
    expect(answer.body.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses the console an operation another client registered as a persisted query', async () => {
    const extensions = { persistedQuery: { version: 1, sha256Hash: sha256(UNTRUSTED) } };
    expect((await post({ query: UNTRUSTED, extensions })).status).toBe(200);
    const byHash = await post({ extensions }, CONSOLE);
    expect(byHash.status).toBe(403);
    expect(byHash.body.errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });

  it('leaves other clients free to send any document', async () => {
    const answer = await post({ query: UNTRUSTED }, { [CLIENT_NAME_HEADER]: 'kr-robotics-portal' });
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
  });
});

describe("trusted documents in the production Lambda (the committed manifest of the console's operations)", () => {
  let table: TestTable;
  let invoke: InvokeLambda;
  const saved = { NODE_ENV: process.env.NODE_ENV, CURSOR_SECRET: process.env.CURSOR_SECRET };

  beforeAll(async () => {
    table = await createTestTable('trusted-docs-lambda');
    // The handler reads its configuration once, at import: production from here on in this file.
    process.env.NODE_ENV = 'production';
    process.env.CURSOR_SECRET = 'trusted-documents-test-secret';
    invoke = await loadLambdaHandler(table);
  });

  afterAll(async () => {
    for (const [name, value] of Object.entries(saved)) {
      // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- restoring process.env needs the variable removed, not set to ''
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await table.drop();
  });

  it('lets the console run every operation of its committed manifest', async () => {
    const manifest = JSON.parse(readFileSync('web/persisted-query-manifest.json', 'utf8')) as {
      operations: { name: string; body: string }[];
    };
    expect(manifest.operations.length).toBeGreaterThan(0);
    const refused: string[] = [];
    for (const operation of manifest.operations) {
      // No variables and no token: the answer may be another error, but never the safelist's refusal.
      const answer = await invoke(httpApiEvent({ body: { query: operation.body }, headers: CONSOLE }));
      const errors = (JSON.parse(answer.body ?? '{}') as Answer['body']).errors ?? [];
      if (answer.statusCode === 403 || errors.some((error) => error.message.includes('trusted-document manifest')))
        refused.push(operation.name);
    }
    expect(refused).toEqual([]);
  });

  it('refuses the console any document outside its manifest, and still serves others', async () => {
    const fromConsole = await invoke(httpApiEvent({ body: { query: TRUSTED }, headers: CONSOLE }));
    expect(fromConsole.statusCode).toBe(403);
    expect(JSON.parse(fromConsole.body ?? '').errors[0].extensions.code).toBe('FORBIDDEN');
    const fromPortal = await invoke(httpApiEvent({ body: { query: TRUSTED } }));
    expect(fromPortal.statusCode).toBe(200);
  });
});
