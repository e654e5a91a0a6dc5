/**
 * Builds the Apollo server every transport uses (Lambda and the local server),
 * so schema, resolvers, limits and error mapping are identical; only the
 * transport differs.
 */
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { typeDefs } from './generated/type-defs.js';
import { resolvers } from './resolvers/index.js';
import { createErrorFormatter, type ErrorLogger } from './error-mapping.js';
import type { GraphQLContext } from './context.js';

export interface ServerOptions {
  /** Production: no introspection, no stack traces, generic internal errors. */
  production: boolean;
  logError: ErrorLogger;
  plugins?: ApolloServerPlugin<GraphQLContext>[];
}

export function createGraphQLServer(options: ServerOptions): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers,
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Entry points own the process lifecycle (npm start stops Apollo, then DynamoDB Local).
    stopOnTerminationSignals: false,
    formatError: createErrorFormatter(options.logError),
    plugins: options.plugins ?? [],
  });
}
