/**
 * Runs the local HTTP transport (the one `npm start` serves) on a free port
 * over a test table, for tests that speak real HTTP to it.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGraphQLServer, type ServerOptions } from '../../functions/api/server.js';
import type { Principal } from '../../functions/core/access/principal.js';
import { localContextFor, type LocalContextOptions } from '../../functions/local/local-context.js';
import { createLocalHttpServer, GRAPHQL_PATH, type LocalRoute } from '../../functions/local/http-server.js';
import type { Store } from '../../functions/store/store.js';

export interface RunningLocalServer {
  url: string;
  /** http://127.0.0.1:<port>, for other paths. */
  origin: string;
  /** Principals the transport handed to GraphQL, in request order. */
  principals: Principal[];
  close(): Promise<void>;
}

export interface LocalServerTestOptions extends Partial<ServerOptions> {
  store: Store;
  verifyToken?: (token: string) => Promise<Record<string, unknown>>;
  /** Markdown the server serves at /docs/api. */
  apiReference?: string;
  /** Non-GraphQL routes (given the store), as npm start passes them. */
  routes?: LocalRoute[];
  /** How each request's context is built (e.g. where the audit trail goes); npm start's defaults without. */
  context?: LocalContextOptions;
}

export async function startLocalServer(options: LocalServerTestOptions): Promise<RunningLocalServer> {
  const { store, verifyToken, apiReference, routes, context, ...serverOptions } = options;
  const server = createGraphQLServer({ production: false, logError: () => undefined, ...serverOptions });
  await server.start();
  const principals: Principal[] = [];
  // As npm start does: a dev member token's membership is made to exist, memberships are cached per process (per server here).
  const contextFor = localContextFor(store, context);
  const http: Server = createLocalHttpServer({
    server,
    verifyToken: verifyToken ?? (async () => Promise.reject(new Error('no tokens in this test'))),
    ...(apiReference !== undefined ? { apiReference } : {}),
    ...(routes ? { routes } : {}),
    // As npm start does: a dev member token's membership is made to exist, then the context reads it back.
    contextFor: async (request) => {
      const context = await contextFor(request);
      principals.push(context.principal);
      return context;
    },
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${GRAPHQL_PATH}`,
    origin: `http://127.0.0.1:${port}`,
    principals,
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
