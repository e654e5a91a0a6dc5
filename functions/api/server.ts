/**
 * Builds the Apollo server every transport uses (Lambda and the local server),
 * so schema, resolvers, limits and error mapping are identical; only the
 * transport differs.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginSchemaReportingDisabled,
  ApolloServerPluginUsageReportingDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { typeDefs } from './generated/type-defs.js';
import { resolvers } from './resolvers/index.js';
import { executableSchema } from './executable-schema.js';
import { createErrorFormatter, type ErrorLogger } from './error-mapping.js';
import type { GraphQLContext } from './context.js';
import { queryLimitRules, queryParseOptions } from './query-limits.js';
import { rateLimitPlugin } from './rate-limit-plugin.js';
import { queryCostPlugin } from './query-cost-plugin.js';
import { requestErrorStatusPlugin } from './request-error-status.js';
import type { RateLimitPolicy } from '../core/access/rate-limit.js';
import { trustedDocumentsPlugin, type TrustedDocuments } from './trusted-documents.js';

export interface ServerOptions {
  /** Production: no introspection, no stack traces, generic internal errors. */
  production: boolean;
  logError: ErrorLogger;
  plugins?: ApolloServerPlugin<GraphQLContext>[];
  /**
   * Per-credential rate limit (RATE_LIMIT_POLICY in ./limits.ts). Both entry
   * points set it; tests that drive many calls from one principal leave it out.
   */
  rateLimit?: RateLimitPolicy;
  /** The web console's safelist (./trusted-documents.ts); the Lambda sets it in production. */
  trustedDocuments?: TrustedDocuments;
}

let schema: GraphQLSchema | undefined;

/** The executable schema, built once per process and shared by every server in it. */
export function chainfitSchema(): GraphQLSchema {
  schema ??= executableSchema(typeDefs, resolvers);
  return schema;
}

/**
 * Apollo's usage reporting, schema reporting and inline tracing (for
 * federated subgraphs) are never used: installing their "disabled" plugins
 * keeps Apollo from loading them at start, and lets the Lambda bundle leave
 * out their protobuf code (infra/bundling.ts).
 */
const unusedApolloFeatures = (): ApolloServerPlugin<GraphQLContext>[] => [
  ApolloServerPluginUsageReportingDisabled(),
  ApolloServerPluginSchemaReportingDisabled(),
  ApolloServerPluginInlineTraceDisabled(),
];

export function createGraphQLServer(options: ServerOptions): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema: chainfitSchema(),
    introspection: !options.production,
    // No "Did you mean …" hints that would reveal the schema when introspection is off.
    hideSchemaDetailsFromClientErrors: options.production,
    includeStacktraceInErrorResponses: false,
    validationRules: queryLimitRules,
    parseOptions: queryParseOptions,
    allowBatchedHttpRequests: false,
    // Off: the API's only credential is a bearer token in the Authorization header, which a browser never
    // attaches on its own and cannot set without a CORS preflight; there are no cookies. A cross-site
    // "simple" request therefore runs as an anonymous caller, exactly like curl (docs/security.md, CSRF).
    csrfPrevention: false,
    // Entry points own the process lifecycle (npm start stops Apollo, then DynamoDB Local).
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(options.logError),
    plugins: [
      ...unusedApolloFeatures(),
      queryCostPlugin(),
      requestErrorStatusPlugin(),
      ...(options.trustedDocuments ? [trustedDocumentsPlugin(options.trustedDocuments)] : []),
      ...(options.rateLimit ? [rateLimitPlugin({ policy: options.rateLimit, logError: options.logError })] : []),
      ...(options.plugins ?? []),
    ],
  });
}
