/**
 * The console's development sign-in, which exists only on the local server:
 * POST /dev/sign-in { role, organizationId?, email? } answers { token } minted by the
 * same dev issuer as `npm run dev:token`. GET /config.json tells the console to
 * use it (in AWS the deployed config.json names Cognito instead).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEV_ROLES, type DevIssuer, type DevRole } from './dev-issuer.js';
import { GRAPHQL_PATH } from './http-server.js';

export const DEV_SIGN_IN_PATH = '/dev/sign-in';
export const CONSOLE_CONFIG_PATH = '/config.json';
const MAX_BODY_BYTES = 1024;

/** The runtime configuration the local server gives the console (web/src/api/config.ts). */
export const LOCAL_CONSOLE_CONFIG = {
  graphqlPath: GRAPHQL_PATH,
  // Locally one path serves callers with and without a token.
  publicGraphqlPath: GRAPHQL_PATH,
  auth: { kind: 'dev', signInPath: DEV_SIGN_IN_PATH },
} as const;

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  response.end(JSON.stringify(body));
}

async function readSmallJson(request: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of request as AsyncIterable<Buffer>) {
    text += chunk.toString('utf8');
    if (text.length > MAX_BODY_BYTES) throw new Error('body too large');
  }
  return JSON.parse(text) as unknown;
}

/** A plausible email address, short enough for a token claim. */
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;

/**
 * What a sign-in request asks for, or a message saying what is wrong with it.
 * `argument` is what DevIssuer.claimsFor takes: a member's organization id, or
 * a user's verified email (optional: without one the user is anonymous-new).
 */
export function parseSignInRequest(body: unknown): { role: DevRole; argument?: string } | { error: string } {
  const { role, organizationId, email } = (body ?? {}) as { role?: unknown; organizationId?: unknown; email?: unknown };
  if (typeof role !== 'string' || !DEV_ROLES.includes(role as DevRole)) return { error: `role must be one of ${DEV_ROLES.join(', ')}` };
  if (role === 'member') {
    if (typeof organizationId !== 'string' || !/^[A-Za-z0-9_.:-]{1,64}$/.test(organizationId))
      return { error: 'a member needs an organizationId' };
    return { role, argument: organizationId };
  }
  if (role === 'user' && email !== undefined && email !== '') {
    if (typeof email !== 'string' || !EMAIL.test(email.trim())) return { error: 'email must be an email address' };
    return { role, argument: email.trim().toLowerCase() };
  }
  return { role: role as DevRole };
}

/** Handles /config.json and /dev/sign-in; false for any other path. */
export async function handleDevConsoleRoute(
  issuer: DevIssuer,
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
): Promise<boolean> {
  if (pathname === CONSOLE_CONFIG_PATH && request.method === 'GET') {
    send(response, 200, LOCAL_CONSOLE_CONFIG);
    return true;
  }
  if (pathname !== DEV_SIGN_IN_PATH) return false;
  if (request.method !== 'POST') {
    send(response, 405, { message: 'POST { role, organizationId?, email? }' });
    return true;
  }
  let parsed: ReturnType<typeof parseSignInRequest>;
  try {
    parsed = parseSignInRequest(await readSmallJson(request));
  } catch {
    parsed = { error: 'body must be JSON' };
  }
  if ('error' in parsed) send(response, 400, { message: parsed.error });
  else send(response, 200, { token: await issuer.sign(parsed.role, parsed.argument) });
  return true;
}
