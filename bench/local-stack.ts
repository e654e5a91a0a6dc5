/**
 * What the HTTP benchmarks run against: an in-memory DynamoDB Local with the
 * benchmark's table and a store over it, and chainfit's local server built as
 * `npm start` builds it (rate limiter on, the local request context) on a free
 * loopback port, by the same function the HTTP tests use
 * (test/support/local-http.ts). One way for every benchmark, so what they
 * measure is the same server.
 */
import type { ErrorLogger } from '../functions/api/error-mapping.js';
import { RATE_LIMIT_POLICY } from '../functions/api/limits.js';
import type { LocalContextOptions } from '../functions/local/local-context.js';
import { createDynamoClient, type DynamoConnection } from '../functions/store/dynamo-client.js';
import { createStore, type Store, type StoreOptions } from '../functions/store/store.js';
import { ensureTable } from '../functions/store/table-admin.js';
import { startDynamoDbLocal } from '../scripts/dynamodb-local.js';
import { startLocalServer } from '../test/support/local-http.js';

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
  /** How each request's context is built (e.g. where the audit trail goes); npm start's defaults without. */
  context?: LocalContextOptions;
}

export interface LocalHttp {
  /** The GraphQL endpoint, http://127.0.0.1:<port>/graphql. */
  url: string;
  close: () => Promise<void>;
}

/** chainfit's local HTTP server over `store`, as `npm start` builds it (rate limiter on), listening on a free loopback port. */
export async function startLocalHttp(options: LocalHttpOptions): Promise<LocalHttp> {
  const running = await startLocalServer({ ...options, logError: options.logError ?? (() => undefined), rateLimit: RATE_LIMIT_POLICY });
  return { url: running.url, close: () => running.close() };
}
