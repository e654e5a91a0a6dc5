/**
 * GET /events/{eventId}/agenda.ics on the local server: the same bearer-token
 * check as /graphql (401 without a valid token), the same request context
 * (functions/local/local-context.ts), then the app's agenda file answer
 * (functions/app/event-agenda-file.ts), as the calendar Lambda serves it in AWS.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { AGENDA_FILE_PATH, agendaFileAnswer, type HttpAnswer } from '../app/event-agenda-file.js';
import { principalFromClaims } from '../core/access/principal.js';
import type { Store } from '../store/store.js';
import type { MembershipCache } from '../app/membership-cache.js';
import { ensureDevMembership } from './dev-memberships.js';
import type { LocalRoute } from './http-server.js';

export interface AgendaRouteOptions {
  store: Store;
  verifyToken: (token: string) => Promise<Record<string, unknown>>;
  membershipCache?: MembershipCache;
}

function send(response: ServerResponse, answer: HttpAnswer): void {
  response.writeHead(answer.status, answer.headers);
  response.end(answer.body);
}

const unauthorized: HttpAnswer = {
  status: 401,
  headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
  body: JSON.stringify({ message: 'Unauthorized', code: 'UNAUTHENTICATED' }),
};

async function claimsOf(request: IncomingMessage, verifyToken: AgendaRouteOptions['verifyToken']): Promise<Record<string, unknown> | null> {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
  if (token === undefined) return null;
  try {
    return await verifyToken(token);
  } catch {
    return null;
  }
}

/** The route; answers false for any other path. */
export function agendaRoute(options: AgendaRouteOptions): LocalRoute {
  return async (request, response, pathname) => {
    const match = AGENDA_FILE_PATH.exec(pathname);
    if (!match) return false;
    if (request.method !== 'GET') {
      response.writeHead(405, { allow: 'GET' });
      response.end();
      return true;
    }
    const now = new Date();
    const claims = await claimsOf(request, options.verifyToken);
    // As API Gateway's JWT authorizer on this route: no valid token, no answer.
    if (!claims) {
      send(response, unauthorized);
      return true;
    }
    await ensureDevMembership(options.store, claims, now, options.membershipCache);
    const url = new URL(request.url ?? '/', 'http://localhost');
    const answer = await agendaFileAnswer(
      { store: options.store, principal: principalFromClaims(claims), now, locale: 'en', membershipCache: options.membershipCache },
      {
        eventId: decodeURIComponent(match[1] ?? ''),
        organizationId: url.searchParams.get('organizationId') ?? undefined,
        locale: url.searchParams.get('locale') ?? undefined,
        acceptLanguage: request.headers['accept-language'],
      },
    );
    send(response, answer);
    return true;
  };
}
