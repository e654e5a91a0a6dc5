/**
 * Lambda entry: API Gateway HTTP API (payload v2) → Apollo Server. Claims come
 * from the API's JWT authorizer, already verified before this code runs.
 */
import { startServerAndCreateLambdaHandler, handlers } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { loadRuntimeConfig } from '../config.js';
import { storeFromRuntimeConfig } from '../store/store.js';
import { createGraphQLServer } from '../api/server.js';
import { createContext } from '../api/context.js';
import { MembershipCache } from '../app/membership-cache.js';
import { principalFromClaims } from '../core/access/principal.js';
import { logger } from '../api/logger.js';
import { RATE_LIMIT_POLICY } from '../api/limits.js';
import { rejectOversizedBody } from '../api/request-body-limit.js';
import { conditionalGetMiddleware } from '../api/http-caching.js';
import { responseSizeMiddleware } from '../api/response-size-limit.js';
import { trustedDocumentsOf } from '../api/trusted-documents.js';
import consoleManifest from '../../web/persisted-query-manifest.json' with { type: 'json' };

const config = loadRuntimeConfig();
const store = storeFromRuntimeConfig(config);
// Per container: callers' memberships reused by reads for a short TTL (docs/security.md, "Memberships").
const membershipCache = new MembershipCache();
const server = createGraphQLServer({
  production: config.production,
  logError: (message, details) => {
    logger.error(message, details);
  },
  rateLimit: RATE_LIMIT_POLICY,
  // Production only: locally, console developers change their operations freely.
  ...(config.production ? { trustedDocuments: trustedDocumentsOf(consoleManifest) } : {}),
});

/** Claims the HTTP API's JWT authorizer verified; absent on routes without an authorizer. */
function authorizerClaims(event: APIGatewayProxyEventV2): Record<string, unknown> | undefined {
  return (event.requestContext as { authorizer?: { jwt?: { claims?: Record<string, unknown> } } }).authorizer?.jwt?.claims;
}

// The integration is published as CommonJS and types its parameter with @apollo/server's CJS
// declarations; our ESM server is the same class at runtime.
type LambdaServer = Parameters<typeof startServerAndCreateLambdaHandler>[0];

export const handler = startServerAndCreateLambdaHandler(
  server as unknown as LambdaServer,
  handlers.createAPIGatewayProxyEventV2RequestHandler(),
  {
    // The size cap runs on the result first, so an oversized answer is never given an ETag.
    middleware: [rejectOversizedBody, responseSizeMiddleware, conditionalGetMiddleware],
    context: ({ event, context }) => {
      logger.addContext(context);
      const principal = principalFromClaims(authorizerClaims(event));
      // The request's one clock reading: every use case of this request takes its time from here.
      const now = new Date();
      return createContext({
        store,
        principal,
        requestId: context.awsRequestId,
        now,
        acceptLanguage: event.headers['accept-language'],
        membershipCache,
      });
    },
  },
);
