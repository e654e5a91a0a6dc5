import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { httpApiEvent } from '../support/api-gateway-event.js';
import { loadLambdaHandler, type InvokeLambda } from '../support/lambda-handler.js';

describe('the Lambda handler behind an HTTP API (payload v2)', () => {
  let table: TestTable;
  let invoke: InvokeLambda;

  beforeAll(async () => {
    table = await createTestTable('lambda');
    await table.store.system.putDatasetMarker({ dataset: 'lambda-test', version: 'v-from-dynamodb', loadedAt: '2026-11-26T00:00:00Z' });
    invoke = await loadLambdaHandler(table);
  });

  afterAll(async () => {
    await table.drop();
  });

  it('answers a POSTed query with data read from DynamoDB', async () => {
    const result = await invoke(httpApiEvent({ body: { query: '{ health { status dataset datasetVersion } }' } }));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body ?? '')).toEqual({
      data: { health: { status: 'OK', dataset: 'lambda-test', datasetVersion: 'v-from-dynamodb' } },
    });
  });

  it('answers a GET query (GraphQL over HTTP)', async () => {
    const result = await invoke(
      httpApiEvent({ method: 'GET', query: { query: '{ health { datasetVersion } }' }, headers: { 'apollo-require-preflight': 'true' } }),
    );
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body ?? '').data.health.datasetVersion).toBe('v-from-dynamodb');
  });

  it('answers with authorizer claims present', async () => {
    const result = await invoke(
      httpApiEvent({ body: { query: '{ health { status } }' }, claims: { sub: 'u-1', 'cognito:groups': '[zone-admin]', token_use: 'id' } }),
    );
    expect(JSON.parse(result.body ?? '').data.health.status).toBe('OK');
  });

  it('renders names in the Accept-Language locale when the query names none', async () => {
    const query = '{ segment(id: "semi.power-semiconductors") { name } }';
    const korean = await invoke(httpApiEvent({ body: { query }, headers: { 'accept-language': 'ko-KR,ko;q=0.9,en;q=0.8' } }));
    const english = await invoke(httpApiEvent({ body: { query } }));
    expect(JSON.parse(korean.body ?? '').data.segment.name).toBe('전력반도체');
    expect(JSON.parse(english.body ?? '').data.segment.name).toBe('Power semiconductors');
  });

  it('rejects a malformed query with a GraphQL error code, not a crash', async () => {
    // An application/json client reads the failure from `errors` with status 200; a graphql-response+json client gets 400.
    const result = await invoke(httpApiEvent({ body: { query: '{ health { ' } }));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body ?? '').errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
    const modern = await invoke(httpApiEvent({ body: { query: '{ health { ' }, headers: { accept: 'application/graphql-response+json' } }));
    expect(modern.statusCode).toBe(400);
    expect(JSON.parse(modern.body ?? '').errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});
