/**
 * Lambda entry of the one-click unsubscribe link in AWS (API Gateway HTTP API,
 * GET and POST /unsubscribe, no sign-in: the signed token is the credential).
 * The same answer as the local server's /unsubscribe (unsubscribeAnswer).
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { createAppRequest } from '../app/app-request.js';
import { followUnsubscribeLink, unsubscribeAnswer } from '../app/unsubscribe-links.js';
import { getStringFromEnv } from '../config.js';
import { ANONYMOUS } from '../core/access/principal.js';
import { DEFAULT_LOCALE } from '../core/vocabulary.js';
import { storeFromRuntimeConfig } from '../store/store.js';

const store = storeFromRuntimeConfig();
const secret = getStringFromEnv('UNSUBSCRIBE_SECRET');

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const now = new Date(event.requestContext.timeEpoch);
  const answer = await unsubscribeAnswer(
    event.requestContext.http.method,
    event.queryStringParameters?.token ?? '',
    event.rawPath,
    (token) => followUnsubscribeLink(createAppRequest({ store, principal: ANONYMOUS, now, locale: DEFAULT_LOCALE }), secret, token),
  );
  return {
    statusCode: answer.status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: answer.html,
  };
}
