import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverAudits, type AuditResult } from 'graphql-http';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { startLocalServer, type RunningLocalServer } from '../support/local-http.js';

/**
 * The GraphQL-over-HTTP specification's own audits (graphql-http) against the
 * local transport. Every MUST passes; the SHOULD and MAY audits it does not
 * pass are exactly those docs/security.md lists, with the reason.
 */
const DOCUMENTED_SHOULD_AND_MAY_FAILURES = [
  // Apollo answers request errors with 400 under application/json (the spec's legacy watershed allows it).
  '572B', // SHOULD use 200 status code on document parsing failure when accepting application/json
  'FDE2', // SHOULD use 200 status code on document validation failure when accepting application/json
  '7B9B', // SHOULD use a status code of 200 on variable coercion failure when accepting application/json
  // CSRF prevention: a GET without a preflight-forcing header is refused (see docs/security.md, CSRF).
  '5A70', // MAY accept application/x-www-form-urlencoded formatted GET requests
  'D6D5', // MAY allow URL-encoded JSON string {variables} parameter in GETs (graphql-response+json)
  '6A70', // MAY allow URL-encoded JSON string {variables} parameter in GETs (json)
];
describe('GraphQL over HTTP compliance of the local server', () => {
  let table: TestTable;
  let local: RunningLocalServer;
  let results: AuditResult[];

  beforeAll(async () => {
    table = await createTestTable('http-audit');
    local = await startLocalServer({ store: table.store });
    // serverAudits lists the audits; each runs its request when called.
    results = await Promise.all(serverAudits({ url: local.url, fetchFn: fetch }).map((audit) => audit.fn()));
  });

  afterAll(async () => {
    await local.close();
    await table.drop();
  });

  it('passes every MUST audit', () => {
    const failed = results.filter((result) => result.name.startsWith('MUST') && result.status !== 'ok');
    expect(failed.map((result) => `${result.id} ${result.name}: ${result.status === 'ok' ? '' : result.reason}`)).toEqual([]);
    expect(results.filter((result) => result.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  it('fails only the SHOULD and MAY audits that are documented', () => {
    const failed = results.filter((result) => !result.name.startsWith('MUST') && result.status !== 'ok').map((result) => result.id);
    expect(failed.sort()).toEqual([...DOCUMENTED_SHOULD_AND_MAY_FAILURES].sort());
  });
});
