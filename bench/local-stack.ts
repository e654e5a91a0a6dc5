/**
 * What the HTTP benchmarks run against: an in-memory DynamoDB Local with the
 * benchmark's table and a store over it, and chainfit's local server built as
 * `npm start` builds it (rate limiter on, the local request context) on a free
 * loopback port. One way for every benchmark, so what they measure is the
 * same server.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLContext } from '../functions/api/context.js';
import type { ErrorLogger } from '../functions/api/error-mapping.js';
import { RATE_LIMIT_POLICY } from '../functions/api/limits.js';
import { createGraphQLServer } from '../functions/api/server.js';
import { createLocalHttpServer, GRAPHQL_PATH, type LocalRequest } from '../functions/local/http-server.js';
import { localContextFor } from '../functions/local/local-context.js';
import { createDynamoClient, type DynamoConnection } from '../functions/store/dynamo-client.js';
import { createStore, type Store, type StoreOptions } from '../functions/store/store.js';
import { ensureTable } from '../functions/store/table-admin.js';
import { startDynamoDbLocal } from '../scripts/dynamodb-local.js';

export const BENCH_REGION = 'local';

export interface BenchDatabase {
  connection: DynamoConnection;
  /** The store over the benchmark's table. */
  store: Store;
  /** Stops DynamoDB Local (its data is in memory: gone with it). */
  stop(): Promise<void>;
}

/** Creates `tableName` on `connection`'s DynamoDB Local (if missing) and answers a store over it. */
export async function benchTableStore(
  connection: DynamoConnection,
  tableName: string,
  options: Partial<StoreOptions> = {},
): Promise<Store> {
  const admin = createDynamoClient(connection);
  try {
    await ensureTable(admin, tableName);
  } finally {
    admin.destroy();
  }
  return createStore({ tableName, connection, ...options });
}

/** Starts DynamoDB Local in memory with `tableName` on it. */
export async function startBenchDatabase(tableName: string, options: Partial<StoreOptions> = {}): Promise<BenchDatabase> {
  const dynamo = await startDynamoDbLocal();
  const connection = { region: BENCH_REGION, endpoint: dynamo.endpoint };
  try {
    return { connection, store: await benchTableStore(connection, tableName, options), stop: () => dynamo.stop() };
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
}

export interface LocalHttpOptions {
  store: Store;
  /** Verifies bearer tokens (a DevIssuer's); without it every token is refused, and callers are anonymous. */
  verifyToken?: (token: string) => Promise<Record<string, unknown>>;
  /** Internal errors the server logs (silent by default). */
  logError?: ErrorLogger;
  /** Each request's context; the local server's (`localContextFor(store)`) by default. */
  contextFor?: (request: LocalRequest) => Promise<GraphQLContext>;
}

export interface LocalHttp {
  /** The GraphQL endpoint, http://127.0.0.1:<port>/graphql. */
  url: string;
  close: () => Promise<void>;
}

/** chainfit's local HTTP server over `store`, as `npm start` builds it, listening on a free loopback port. */
export async function startLocalHttp(options: LocalHttpOptions): Promise<LocalHttp> {
  const { store } = options;
  const server = createGraphQLServer({ production: false, logError: options.logError ?? (() => undefined), rateLimit: RATE_LIMIT_POLICY });
  await server.start();
  const http: Server = createLocalHttpServer({
    server,
    verifyToken: options.verifyToken ?? (async () => Promise.reject(new Error('anonymous benchmark'))),
    // As npm start does: a dev member token's membership is made to exist, memberships are cached per process.
    contextFor: options.contextFor ?? localContextFor(store),
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}${GRAPHQL_PATH}`,
    close: async () => {
      http.closeAllConnections();
      await new Promise<void>((resolve) =>
        http.close(() => {
          resolve();
        }),
      );
      await server.stop();
    },
  };
}
