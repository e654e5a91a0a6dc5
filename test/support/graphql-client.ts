/**
 * Runs GraphQL operations through the real server construction
 * (createGraphQLServer + createContext), as a given principal, against a
 * store: what both transports do, minus HTTP. The memberships a principal
 * declares are stored first, and the request reads them back from the table.
 */
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { createContext, type GraphQLContext } from '../../functions/api/context.js';
import { createGraphQLServer } from '../../functions/api/server.js';
import type { Principal } from '../../functions/core/access/principal.js';
import type { Store } from '../../functions/store/store.js';
import { storeMembershipsOf } from './memberships.js';

export interface GraphQLResult<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: readonly GraphQLFormattedError[];
}

export interface GraphQLClient {
  server: ApolloServer<GraphQLContext>;
  executeAs<Data = Record<string, unknown>>(
    principal: Principal,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResult<Data>>;
  stop(): Promise<void>;
}

let requestCounter = 0;

/**
 * `server`: a differently configured server (e.g. one whose logged errors a test reads).
 * `membershipStore`: where declared memberships are stored first (fault-injection tests keep that setup fault-free).
 */
export async function graphqlClient(
  store: Store,
  server = createGraphQLServer({ production: false, logError: () => undefined }),
  membershipStore: Store = store,
): Promise<GraphQLClient> {
  await server.start();
  return {
    server,
    async executeAs<Data>(principal: Principal, query: string, variables: Record<string, unknown> = {}) {
      await storeMembershipsOf(membershipStore, principal);
      const contextValue = await createContext({ store, principal, requestId: `test-${++requestCounter}`, now: new Date() });
      const response = await server.executeOperation({ query, variables }, { contextValue });
      if (response.body.kind !== 'single') throw new Error('Expected a single GraphQL result');
      return response.body.singleResult as GraphQLResult<Data>;
    },
    stop: () => server.stop(),
  };
}

/** The first error's code, e.g. BAD_USER_INPUT. */
export function errorCode(result: GraphQLResult<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}
