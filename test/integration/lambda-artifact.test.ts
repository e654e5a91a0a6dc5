import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createTestTable, TEST_REGION, type TestTable } from '../support/test-table.js';
import { httpApiEvent, lambdaContext, type HttpApiEventOptions } from '../support/api-gateway-event.js';
import { invokeInFreshProcess } from '../support/fresh-lambda-process.js';
import { bundledHandlerFile, functionEnvironment, synthesize } from '../infra/synth.js';

interface GraphQLBody {
  data?: Record<string, unknown>;
  errors?: { extensions?: { code?: string } }[];
}

describe('the deployed Lambda artifact, cold, in a fresh Node process against DynamoDB Local', () => {
  let table: TestTable;
  let bundleFile: string;
  let env: Record<string, string>;
  const datasetVersion = `artifact-${Date.now()}`;

  beforeAll(async () => {
    table = await createTestTable('artifact');
    await table.store.system.putDatasetMarker({ dataset: 'artifact-test', version: datasetVersion, loadedAt: '2026-11-26T00:00:00Z' });
    // prod: the stage whose artifact serves real users. Synthesis bundles with esbuild (seconds).
    const synthesis = synthesize('prod');
    bundleFile = bundledHandlerFile(synthesis);
    env = {
      ...functionEnvironment(synthesis.template, { TABLE_NAME: table.tableName, CURSOR_SECRET: 'artifact-test-cursor-secret' }),
      // The only additions to the stack's environment: Lambda sets AWS_REGION itself, and the
      // endpoint points the store at DynamoDB Local instead of AWS (its fixed local credentials come with it).
      AWS_REGION: TEST_REGION,
      DYNAMODB_ENDPOINT: table.endpoint,
    };
  }, 240_000);

  afterAll(async () => {
    await table.drop();
  });

  async function invoke(options: HttpApiEventOptions): Promise<{ statusCode: number | undefined; body: GraphQLBody }> {
    const { result } = await invokeInFreshProcess<APIGatewayProxyStructuredResultV2>({
      bundleFile,
      env,
      event: httpApiEvent(options),
      context: lambdaContext(),
    });
    return { statusCode: result.statusCode, body: JSON.parse(result.body ?? '{}') as GraphQLBody };
  }

  it('runs with nothing but the environment the stack gives it (plus the local endpoint and region)', () => {
    expect(Object.keys(env).sort()).toEqual(['AWS_REGION', 'CURSOR_SECRET', 'DYNAMODB_ENDPOINT', 'NODE_ENV', 'TABLE_NAME']);
    expect(env.NODE_ENV).toBe('production');
  });

  it("answers a member's query (JWT-authorizer claims) with data read from DynamoDB", async () => {
    const response = await invoke({
      body: { query: '{ health { status dataset datasetVersion } }' },
      claims: { sub: 'member-1', 'cognito:username': 'member-1', token_use: 'id', 'custom:organizationId': 'org-1' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.body.data).toEqual({ health: { status: 'OK', dataset: 'artifact-test', datasetVersion } });
  });

  it('answers an anonymous GET (the public route passes no claims)', async () => {
    const response = await invoke({
      method: 'GET',
      query: { query: '{ health { datasetVersion } }' },
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.body.data).toEqual({ health: { datasetVersion } });
  });

  it('runs in production mode: introspection is off', async () => {
    const response = await invoke({ body: { query: '{ __schema { queryType { name } } }' } });
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
