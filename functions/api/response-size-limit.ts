/**
 * The response size cap of both transports (MAX_RESPONSE_BYTES): an answer
 * larger than the cap is replaced, whole, by a GraphQL error naming the
 * limit, so a client never receives a truncated body and Lambda never fails
 * on its own 6 MB response limit after doing all the work. The cost limit
 * (./query-cost-plugin.ts) keeps accepted operations far below the cap; this
 * is the backstop. The local server applies `capResponse` to what Apollo
 * produced; the Lambda handler uses the middleware below.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { MAX_RESPONSE_BYTES } from './limits.js';

/** The JSON body that replaces an oversized answer. */
export const RESPONSE_TOO_LARGE_BODY = JSON.stringify({
  errors: [
    {
      message: `The response would exceed ${MAX_RESPONSE_BYTES} bytes; ask for fewer items (first) or fewer fields`,
      extensions: { code: 'RESPONSE_TOO_LARGE', maxBytes: MAX_RESPONSE_BYTES },
    },
  ],
});

/** HTTP status of the replacement: the request asked for more than one answer may carry. */
export const RESPONSE_TOO_LARGE_STATUS = 400;

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The answer unchanged when within the cap; otherwise the RESPONSE_TOO_LARGE error, uncacheable. */
export function capResponse(answer: HttpResponse, maxBytes: number = MAX_RESPONSE_BYTES): HttpResponse {
  if (Buffer.byteLength(answer.body, 'utf8') <= maxBytes) return answer;
  const headers = Object.fromEntries(
    Object.entries(answer.headers).filter(([name]) => !['etag', 'cache-control', 'content-length'].includes(name.toLowerCase())),
  );
  return {
    status: RESPONSE_TOO_LARGE_STATUS,
    headers: { ...headers, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: RESPONSE_TOO_LARGE_BODY,
  };
}

/** Lambda middleware (@as-integrations/aws-lambda): applies the cap to the result Apollo produced. */
export function responseSizeMiddleware(): Promise<(result: APIGatewayProxyStructuredResultV2) => Promise<void>> {
  return Promise.resolve((result) => {
    if (typeof result.body !== 'string' || result.isBase64Encoded) return Promise.resolve();
    const headers = Object.fromEntries(Object.entries(result.headers ?? {}).map(([name, value]) => [name, String(value)]));
    const capped = capResponse({ status: result.statusCode ?? 200, headers, body: result.body });
    result.statusCode = capped.status;
    result.headers = capped.headers;
    result.body = capped.body;
    return Promise.resolve();
  });
}
