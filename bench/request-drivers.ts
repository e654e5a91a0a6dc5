/**
 * The two ways the request benchmark drives a server: a bundled Lambda
 * handler called in-process one invocation at a time (what one Lambda
 * instance does), and an HTTP server loaded by autocannon. Both answer a
 * Sample: throughput, p50 and p99 of one timed run.
 */
import autocannon from 'autocannon';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { httpApiEvent, lambdaContext } from '../test/support/api-gateway-event.js';
import { percentile } from './search-report.js';

export interface Sample {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
}

export type LambdaHandler = (event: APIGatewayProxyEventV2, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

/** Events for one operation, one per credential (built before timing, reused round robin). */
export function lambdaEvents(body: unknown, claims: (Record<string, string> | undefined)[]): APIGatewayProxyEventV2[] {
  return claims.map((each) => httpApiEvent({ body, ...(each ? { claims: each } : {}) }));
}

function failure(result: APIGatewayProxyStructuredResultV2): string | null {
  if (result.statusCode !== 200) return `HTTP ${result.statusCode}: ${result.body}`;
  return typeof result.body === 'string' && result.body.includes('"errors"') ? result.body : null;
}

/** Invokes `handler` back to back for `seconds`; throws on any non-200 or GraphQL error. */
export async function driveLambda(handler: LambdaHandler, events: APIGatewayProxyEventV2[], seconds: number): Promise<Sample> {
  const context = lambdaContext();
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + seconds * 1000;
  for (let i = 0; performance.now() < end; i++) {
    const before = performance.now();
    const result = await handler(events[i % events.length]!, context);
    latencies.push(performance.now() - before);
    const problem = failure(result);
    if (problem) throw new Error(`Lambda answered ${problem}`);
  }
  const elapsed = (performance.now() - started) / 1000;
  return {
    requestsPerSecond: latencies.length / elapsed,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    requests: latencies.length,
  };
}

/** Calls `handler` `count` times (the counting passes), with the same checks. */
export async function invokeLambda(handler: LambdaHandler, events: APIGatewayProxyEventV2[], count: number): Promise<void> {
  const context = lambdaContext();
  for (let i = 0; i < count; i++) {
    const problem = failure(await handler(events[i % events.length]!, context));
    if (problem) throw new Error(`Lambda answered ${problem}`);
  }
}

/** autocannon against `url` with `connections` connections for `seconds`, rotating over the bearer tokens. */
export async function driveHttp(
  url: string,
  body: unknown,
  tokens: (string | undefined)[],
  seconds: number,
  connections: number,
): Promise<Sample> {
  const payload = JSON.stringify(body);
  const headerSets = tokens.map((token) => ({
    'content-type': 'application/json',
    ...(token ? { authorization: `Bearer ${token}` } : {}),
  }));
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        body: payload,
        setupRequest: (request) => ({ ...request, headers: headerSets[next++ % headerSets.length]! }),
        onResponse: (_status, text) => {
          if (text.includes('"errors"')) graphqlErrors++;
        },
      },
    ],
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0 || graphqlErrors > 0) {
    throw new Error(
      `HTTP run had ${result.non2xx} non-2xx answers, ${graphqlErrors} GraphQL errors, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
  };
}
