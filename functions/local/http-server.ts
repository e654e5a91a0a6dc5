/**
 * The local transport: node:http → the same Apollo server the Lambda uses.
 * Like API Gateway's JWT authorizer, it rejects a bad bearer token with 401
 * before GraphQL runs, and passes verified claims on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLContext } from '../api/context.js';
import { MAX_REQUEST_BODY_BYTES } from '../api/limits.js';
import { PAYLOAD_TOO_LARGE_BODY } from '../api/request-body-limit.js';

export const GRAPHQL_PATH = '/graphql';
/** The one-click unsubscribe endpoint of notification mails (RFC 8058). */
export const UNSUBSCRIBE_PATH = '/unsubscribe';

export interface LocalServerOptions {
  server: ApolloServer<GraphQLContext>;
  /** Verifies a bearer token and returns its claims; throws when invalid. */
  verifyToken: (token: string) => Promise<Record<string, unknown>>;
  contextFor: (request: LocalRequest) => GraphQLContext;
  /** Follows a signed unsubscribe token (functions/app/unsubscribe-links.ts); false for an invalid one. */
  unsubscribe?: (token: string) => Promise<boolean>;
}

/** What the transport knows of one request when GraphQL asks for its context. */
export interface LocalRequest {
  /** Verified claims; undefined without a bearer token. */
  claims: Record<string, unknown> | undefined;
  requestId: string;
  acceptLanguage: string | undefined;
  /** When the request arrived: the request's one clock reading. */
  now: Date;
}

class PayloadTooLargeError extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_REQUEST_BODY_BYTES) throw new PayloadTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

function bearerToken(request: IncomingMessage): string | undefined | null {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

export function createLocalHttpServer(options: LocalServerOptions): Server {
  return createServer((request, response) => {
    handle(options, request, response).catch(() => {
      if (!response.headersSent) sendJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else response.end();
    });
  });
}

async function handle(options: LocalServerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  // The request's one clock reading, taken on arrival as the Lambda handler does.
  const now = new Date();
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === UNSUBSCRIBE_PATH && options.unsubscribe) return unsubscribeRoute(options.unsubscribe, request, url, response);
  if (url.pathname !== GRAPHQL_PATH) return sendJson(response, 404, { message: 'Not Found: GraphQL is served at /graphql' });

  const token = bearerToken(request);
  let claims: Record<string, unknown> | undefined;
  if (token === null) return sendJson(response, 401, { message: 'Unauthorized' }, { 'www-authenticate': 'Bearer' });
  if (token !== undefined) {
    try {
      claims = await options.verifyToken(token);
    } catch {
      return sendJson(response, 401, { message: 'Unauthorized' }, { 'www-authenticate': 'Bearer error="invalid_token"' });
    }
  }

  let rawBody: string;
  try {
    rawBody = await readBody(request);
  } catch (error) {
    if (error instanceof PayloadTooLargeError) return sendJson(response, 413, JSON.parse(PAYLOAD_TOO_LARGE_BODY));
    throw error;
  }

  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = rawBody;
  if (rawBody && (headers.get('content-type') ?? '').toLowerCase().includes('json')) {
    try {
      body = JSON.parse(rawBody);
    } catch {
      return sendJson(response, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
    }
  }

  const requestId = randomUUID();
  const result = await options.server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: async () => options.contextFor({ claims, requestId, acceptLanguage: headers.get('accept-language'), now }),
  });
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    response.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/**
 * RFC 8058: the mail client POSTs `List-Unsubscribe=One-Click` to the link and
 * that unsubscribes; a GET (a person clicking, or a link scanner) only shows a
 * button that POSTs, so prefetching never unsubscribes anyone.
 */
async function unsubscribeRoute(follow: (token: string) => Promise<boolean>, request: IncomingMessage, url: URL, response: ServerResponse): Promise<void> {
  const token = url.searchParams.get('token') ?? '';
  const page = (status: number, body: string) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><meta charset="utf-8"><title>chainfit</title><p>${body}</p>`);
  };
  if (request.method === 'POST') {
    await readBody(request);
    return (await follow(token)) ? page(200, 'You will receive no more notification mails.') : page(400, 'This unsubscribe link is not valid.');
  }
  const action = `${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}`;
  return page(200, `<form method="post" action="${action}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button>Stop notification mails</button></form>`);
}
