import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { serverAudits, type AuditResult } from 'graphql-http';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { startLocalServer, type RunningLocalServer } from '../support/local-http.js';
import { loadLambdaHandler, type InvokeLambda } from '../support/lambda-handler.js';

/**
 * The GraphQL-over-HTTP specification's own audits (graphql-http) against
 * both transports: every audit, MUST, SHOULD and MAY, passes with no warning.
 */

const LAMBDA_URL = 'https://abc123.execute-api.ap-northeast-2.amazonaws.com/public/graphql';

/** A fetch that delivers the request to the Lambda handler as the HTTP API would (payload format 2.0, no authorizer). */
function lambdaFetch(invoke: InvokeLambda): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const body = request.method === 'GET' ? undefined : await request.text();
    const method = request.method.toUpperCase();
    const event: APIGatewayProxyEventV2 = {
      version: '2.0',
      routeKey: `${method} ${url.pathname}`,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers: { host: url.host, 'x-forwarded-proto': 'https', ...headers },
      ...(url.search ? { queryStringParameters: Object.fromEntries(url.searchParams) } : {}),
      requestContext: {
        accountId: '123456789012',
        apiId: 'abc123',
        domainName: url.host,
        domainPrefix: 'abc123',
        http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'graphql-http' },
        requestId: `audit-${Math.random().toString(36).slice(2)}`,
        routeKey: `${method} ${url.pathname}`,
        stage: '$default',
        time: new Date().toUTCString(),
        timeEpoch: Date.now(),
      },
      isBase64Encoded: false,
      ...(body ? { body } : {}),
    };
    const result = await invoke(event);
    const status = result.statusCode ?? 200;
    const responseHeaders = new Headers(
      Object.entries(result.headers ?? {}).map(([name, value]): [string, string] => [name, String(value)]),
    );
    return new Response(status === 304 ? null : (result.body ?? ''), { status, headers: responseHeaders });
  };
}

function notOk(results: AuditResult[]): string[] {
  return results.flatMap((result) => (result.status === 'ok' ? [] : [`${result.id} ${result.name}: ${result.reason}`]));
}

describe('GraphQL over HTTP compliance', () => {
  let table: TestTable;
  let local: RunningLocalServer;
  let localResults: AuditResult[];
  let lambdaResults: AuditResult[];

  beforeAll(async () => {
    table = await createTestTable('http-audit');
    local = await startLocalServer({ store: table.store });
    const invoke = await loadLambdaHandler(table);
    // serverAudits lists the audits; each runs its request when called.
    localResults = await Promise.all(serverAudits({ url: local.url, fetchFn: fetch }).map((audit) => audit.fn()));
    lambdaResults = await Promise.all(serverAudits({ url: LAMBDA_URL, fetchFn: lambdaFetch(invoke) }).map((audit) => audit.fn()));
  });

  afterAll(async () => {
    await local.close();
    await table.drop();
  });

  it('the local server passes every audit with no warning', () => {
    expect(notOk(localResults)).toEqual([]);
    expect(localResults.length).toBe(61);
  });

  it('the Lambda handler passes every audit with no warning', () => {
    expect(notOk(lambdaResults)).toEqual([]);
    expect(lambdaResults.length).toBe(61);
  });

  it('answers a request error with 200 to an application/json client and 400 to a graphql-response+json client', async () => {
    const ask = (accept: string) =>
      fetch(local.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query: '{ nope }' }),
      });
    expect((await ask('application/json')).status).toBe(200);
    expect((await ask('application/graphql-response+json')).status).toBe(400);
    expect((await ask('application/graphql-response+json, application/json')).status).toBe(400);
  });
});
