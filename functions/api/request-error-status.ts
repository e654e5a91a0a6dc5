/**
 * GraphQL over HTTP: a client that accepts only `application/json` (the
 * legacy media type) should get status 200 for a request that was well-formed
 * HTTP but failed as GraphQL (parse, validation, variable coercion, a query
 * limit), reading the outcome from `errors`, while a client accepting
 * `application/graphql-response+json` gets the 4xx. Apollo answers 400 to
 * both; this plugin gives `application/json`-only clients the 200 the
 * specification recommends (graphql-http audits 572B, FDE2, 7B9B). Rate
 * limiting (429), forbidden documents (403) and HTTP-level refusals (CSRF,
 * body size: answered before GraphQL runs) keep their status.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from './context.js';

/** Codes of errors raised before execution that the request, not the server, is at fault for. */
const REQUEST_ERROR_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']);

/** Whether an Accept header names application/json and not application/graphql-response+json. */
export function acceptsOnlyLegacyJson(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.split(',').map((part) => part.split(';')[0]?.trim().toLowerCase());
  return types.includes('application/json') && !types.includes('application/graphql-response+json');
}

export function requestErrorStatusPlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart({ request }) {
      const legacyClient = acceptsOnlyLegacyJson(request.http?.headers.get('accept'));
      return Promise.resolve({
        willSendResponse({ response }) {
          if (!legacyClient || response.http.status !== 400 || response.body.kind !== 'single') return Promise.resolve();
          const { data, errors } = response.body.singleResult;
          const requestError =
            data === undefined &&
            errors !== undefined &&
            errors.length > 0 &&
            errors.every((error) => REQUEST_ERROR_CODES.has(String(error.extensions?.code)));
          if (requestError) response.http.status = 200;
          return Promise.resolve();
        },
      });
    },
  };
}
