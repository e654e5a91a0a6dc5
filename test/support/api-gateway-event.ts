/**
 * Builds API Gateway HTTP API (payload format 2.0) events as API Gateway sends
 * them to Lambda, optionally with JWT-authorizer claims (API Gateway renders
 * every claim as a string, arrays as "[a b]").
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from 'aws-lambda';

export interface HttpApiEventOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  claims?: Record<string, string>;
}

export function httpApiEvent(options: HttpApiEventOptions = {}): APIGatewayProxyEventV2WithJWTAuthorizer {
  const method = options.method ?? 'POST';
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const query = options.query ?? {};
  const rawQueryString = new URLSearchParams(query).toString();
  const event = {
    version: '2.0',
    routeKey: `${method} /graphql`,
    rawPath: '/graphql',
    rawQueryString,
    headers: {
      accept: 'application/json',
      'content-type': 'application/json',
      host: 'abc123.execute-api.ap-northeast-2.amazonaws.com',
      'user-agent': 'vitest',
      'x-forwarded-for': '203.0.113.7',
      'x-forwarded-proto': 'https',
      ...(body ? { 'content-length': String(Buffer.byteLength(body)) } : {}),
      ...options.headers,
    },
    ...(rawQueryString ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: 'abc123.execute-api.ap-northeast-2.amazonaws.com',
      domainPrefix: 'abc123',
      http: { method, path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'vitest' },
      requestId: `req-${Math.random().toString(36).slice(2)}`,
      routeKey: `${method} /graphql`,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
      authorizer: {
        principalId: '',
        integrationLatency: 0,
        jwt: { claims: options.claims ?? {}, scopes: [] },
      },
    },
    ...(body ? { body, isBase64Encoded: false } : { isBase64Encoded: false }),
  };
  if (!options.claims) delete (event.requestContext as { authorizer?: unknown }).authorizer;
  return event;
}

export function lambdaContext(): Context {
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: 'chainfit-graphql',
    functionVersion: '$LATEST',
    invokedFunctionArn: 'arn:aws:lambda:ap-northeast-2:123456789012:function:chainfit-graphql',
    memoryLimitInMB: '1024',
    awsRequestId: `aws-${Math.random().toString(36).slice(2)}`,
    logGroupName: '/aws/lambda/chainfit-graphql',
    logStreamName: 'stream',
    getRemainingTimeInMillis: () => 10_000,
    // The Context type still requires the deprecated callback-style members.
    /* eslint-disable @typescript-eslint/no-deprecated */
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
    /* eslint-enable @typescript-eslint/no-deprecated */
  };
}
