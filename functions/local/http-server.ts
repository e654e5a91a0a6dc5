/**
 * The local transport: node:http → the same Apollo server the Lambda uses.
 * Like API Gateway's JWT authorizer, it rejects a bad bearer token with 401
 * before GraphQL runs, and passes verified claims on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tokenRejectionOf } from './token-rejection.js';
import { randomUUID } from 'node:crypto';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { GraphQLContext } from '../api/context.js';
import { MAX_REQUEST_BODY_BYTES } from '../api/limits.js';
import { PAYLOAD_TOO_LARGE_BODY } from '../api/request-body-limit.js';
import { withConditionalGet } from '../api/http-caching.js';
import { capResponse } from '../api/response-size-limit.js';
import { UNSUBSCRIBE_PATH, unsubscribeAnswer } from '../app/unsubscribe-links.js';

export const GRAPHQL_PATH = '/graphql';
/** The API reference (docs/api.md), served next to GraphQL for partner developers. */
export const API_REFERENCE_PATH = '/docs/api';

export interface LocalServerOptions {
  server: ApolloServer<GraphQLContext>;
  /** Verifies a bearer token and returns its claims; throws when invalid. */
  verifyToken: (token: string) => Promise<Record<string, unknown>>;
  contextFor: (request: LocalRequest) => Promise<GraphQLContext>;
  /** Told why a bearer token was refused (expired or invalid), so the developer sees it in the server's log. */
  logRejectedToken?: (reason: string) => void;
  /** Other paths (the web console, its dev sign-in), tried in order; each answers true when it handled the request. */
  routes?: LocalRoute[];
  /** Markdown served at API_REFERENCE_PATH; omitted: that path goes to the other routes. */
  apiReference?: string;
  /** Follows a signed unsubscribe token (functions/app/unsubscribe-links.ts); false for an invalid one. */
  unsubscribe?: (token: string) => Promise<boolean>;
}

/** A non-GraphQL handler of the local server. */
export type LocalRoute = (request: IncomingMessage, response: ServerResponse, pathname: string) => Promise<boolean>;

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
      if (!response.headersSent)
        sendJson(response, 500, { errors: [{ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else response.end();
    });
  });
}

async function handle(options: LocalServerOptions, request: IncomingMessage, response: ServerResponse): Promise<void> {
  // The request's one clock reading, taken on arrival as the Lambda handler does.
  const now = new Date();
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === UNSUBSCRIBE_PATH && options.unsubscribe) {
    await unsubscribeRoute(options.unsubscribe, request, url, response);
    return;
  }
  if (url.pathname === API_REFERENCE_PATH && options.apiReference !== undefined) {
    response.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' });
    response.end(options.apiReference);
    return;
  }
  if (url.pathname !== GRAPHQL_PATH) {
    for (const route of options.routes ?? []) if (await route(request, response, url.pathname)) return;
    sendJson(response, 404, { message: 'Not Found: GraphQL is served at /graphql' });
    return;
  }

  const token = bearerToken(request);
  let claims: Record<string, unknown> | undefined;
  if (token === null) {
    sendJson(response, 401, { message: 'Unauthorized' }, { 'www-authenticate': 'Bearer' });
    return;
  }
  if (token !== undefined) {
    try {
      claims = await options.verifyToken(token);
    } catch (error) {
      const rejection = tokenRejectionOf(error);
      options.logRejectedToken?.(rejection.reason);
      const hint =
        rejection.reason === 'token expired'
          ? 'the token has expired; sign in again (locally: npm run dev:token)'
          : 'the token is not valid here';
      sendJson(response, 401, { message: `Unauthorized: ${hint}` }, { 'www-authenticate': rejection.challenge });
      return;
    }
  }

  let rawBody: string;
  try {
    rawBody = await readBody(request);
  } catch (error) {
    if (error instanceof PayloadTooLargeError) {
      sendJson(response, 413, JSON.parse(PAYLOAD_TOO_LARGE_BODY));
      return;
    }
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
      sendJson(response, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
  }

  const requestId = randomUUID();
  const result = await options.server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (request.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
    context: () => options.contextFor({ claims, requestId, acceptLanguage: headers.get('accept-language'), now }),
  });
  if (result.body.kind === 'complete') {
    const answer = withConditionalGet(
      { method: request.method ?? 'GET', ifNoneMatch: headers.get('if-none-match') },
      capResponse({ status: result.status ?? 200, headers: Object.fromEntries(result.headers), body: result.body.string }),
    );
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
    return;
  }
  for (const [name, value] of result.headers) response.setHeader(name, value);
  response.statusCode = result.status ?? 200;
  for await (const chunk of result.body.asyncIterator) response.write(chunk);
  response.end();
}

/** The one-click unsubscribe endpoint (functions/app/unsubscribe-links.ts, unsubscribeAnswer). */
async function unsubscribeRoute(
  follow: (token: string) => Promise<boolean>,
  request: IncomingMessage,
  url: URL,
  response: ServerResponse,
): Promise<void> {
  if (request.method === 'POST') await readBody(request);
  const answer = await unsubscribeAnswer(request.method ?? 'GET', url.searchParams.get('token') ?? '', UNSUBSCRIBE_PATH, follow);
  response.writeHead(answer.status, { 'content-type': 'text/html; charset=utf-8' });
  response.end(answer.html);
}
