/**
 * Lambda entry of GET /events/{eventId}/agenda.ics (API Gateway HTTP API,
 * payload v2), behind the same JWT authorizer as /graphql: claims arrive
 * verified. A separate function so the GraphQL bundle carries no
 * ical-generator; it imports no GraphQL either. The answer is the app's
 * (functions/app/event-agenda-file.ts), as the local server's route gives it.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { agendaFileAnswer } from '../app/event-agenda-file.js';
import { MembershipCache } from '../app/membership-cache.js';
import { principalFromClaims } from '../core/access/principal.js';
import { storeFromRuntimeConfig } from '../store/store.js';

const store = storeFromRuntimeConfig();
const membershipCache = new MembershipCache();

function authorizerClaims(event: APIGatewayProxyEventV2): Record<string, unknown> | undefined {
  return (event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, unknown> } } }).authorizer?.jwt?.claims;
}

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const now = new Date();
  const answer = await agendaFileAnswer(
    { store, principal: principalFromClaims(authorizerClaims(event)), now, locale: 'en', membershipCache },
    {
      eventId: event.pathParameters?.eventId ?? '',
      organizationId: event.queryStringParameters?.organizationId,
      locale: event.queryStringParameters?.locale,
      acceptLanguage: event.headers['accept-language'],
    },
  );
  return { statusCode: answer.status, headers: answer.headers, body: answer.body };
}
