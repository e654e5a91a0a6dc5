/**
 * The request body cap of both transports: a body over MAX_REQUEST_BODY_BYTES
 * gets HTTP 413 with the same payload before Apollo parses it. The Lambda
 * handler uses the middleware below (API Gateway's own cap is 10 MB, far above
 * ours); the local server counts bytes while reading the stream.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { MAX_REQUEST_BODY_BYTES } from './limits.js';

/** Decoded size of an API Gateway event's body, in bytes. */
export function requestBodyBytes(event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>): number {
  if (!event.body) return 0;
  return Buffer.byteLength(event.body, event.isBase64Encoded ? 'base64' : 'utf8');
}

/** The JSON body of a 413 answer (a GraphQL-style error list, so clients parse it like any other error). */
export const PAYLOAD_TOO_LARGE_BODY = JSON.stringify({
  errors: [{ message: `Request body exceeds ${MAX_REQUEST_BODY_BYTES} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
});

/** Lambda middleware: answers 413 for an oversized body; lets every other request through. */
export function rejectOversizedBody(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2 | undefined> {
  if (requestBodyBytes(event) <= MAX_REQUEST_BODY_BYTES) return Promise.resolve(undefined);
  return Promise.resolve({ statusCode: 413, headers: { 'content-type': 'application/json; charset=utf-8' }, body: PAYLOAD_TOO_LARGE_BODY });
}
