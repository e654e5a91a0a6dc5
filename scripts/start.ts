/**
 * `npm start`: DynamoDB Local + the demo data + the same GraphQL server the
 * Lambda runs, at http://localhost:4000/graphql, and the web console at
 * http://localhost:4000/ (rebuilt when its sources changed). No AWS account needed.
 *
 *   npm start                     data kept in .local/dynamodb across restarts
 *   npm start -- --in-memory      nothing kept
 *   npm start -- --reset          delete the kept data first, then start fresh
 *   PORT=4001 npm start           another port
 *   HOST=0.0.0.0 npm start        listen beyond this machine (default 127.0.0.1; prints a warning)
 *
 * DynamoDB Local listens on every interface whatever we ask, so it answers only this install's
 * random access key (.local/dynamodb-credentials.json; docs/security.md, finding 6).
 */
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { assertJavaAvailable, isPortTaken, JavaMissingError, startDynamoDbLocal } from './dynamodb-local.js';
import { listenAddressFrom, LOOPBACK_HOST, type ListenAddress } from './listen-address.js';
import {
  DEFAULT_PORT,
  DEV_ISSUER_KEY_FILE,
  LOCAL_DYNAMODB_CREDENTIALS_FILE,
  LOCAL_DYNAMODB_DIR,
  LOCAL_REGION,
  LOCAL_TABLE_NAME,
} from './local-paths.js';
import { adoptSharedDatabase, ensurePrivateDataDir, loadOrCreateLocalDynamoCredentials } from './local-dynamodb-credentials.js';
import { seedDemoData } from './demo/seed-demo-data.js';
import { createDynamoClient } from '../functions/store/dynamo-client.js';
import { ensureTable } from '../functions/store/table-admin.js';
import { createStore } from '../functions/store/store.js';
import { createGraphQLServer } from '../functions/api/server.js';
import { localContextFor } from '../functions/local/local-context.js';
import { DevIssuer } from '../functions/local/dev-issuer.js';
import { API_REFERENCE_PATH, createLocalHttpServer, GRAPHQL_PATH } from '../functions/local/http-server.js';
import { serveConsoleFile } from '../functions/local/static-files.js';
import { handleDevConsoleRoute } from '../functions/local/dev-sign-in.js';
import { agendaRoute } from '../functions/local/agenda-route.js';
import { CONSOLE_DIST_DIR, ensureConsoleBuilt } from './console-build.js';
import { API_REFERENCE } from './schema-contract/paths.js';
import { RATE_LIMIT_POLICY } from '../functions/api/limits.js';
import { startLocalWorker } from './local-worker.js';
import { startLocalMail } from './local-mail.js';

// The AWS SDK warns that Node 20 support ends in 2027 (Lambda runs Node 22); it is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const args = new Set(process.argv.slice(2));
const inMemory = args.has('--in-memory');
const reset = args.has('--reset');
const port = Number(process.env.PORT ?? DEFAULT_PORT);

function fail(message: string): never {
  console.error(`chainfit: ${message}`);
  process.exit(1);
}

let listenAddress: ListenAddress;
try {
  listenAddress = listenAddressFrom(process.env.HOST);
} catch (error) {
  fail((error as Error).message);
}
const { host } = listenAddress;
if (listenAddress.warning) console.warn(`chainfit: WARNING ${listenAddress.warning}`);

// Checked on the address the server binds: a server on 127.0.0.1 and another on 0.0.0.0 both take the port.
if (await isPortTaken(port, host)) {
  fail(`port ${port} is taken on ${host}: is another \`npm start\` running? Stop it, or use PORT=<other port> npm start.`);
}
try {
  assertJavaAvailable();
} catch (error) {
  if (error instanceof JavaMissingError) fail(error.message);
  throw error;
}

if (reset) await rm(LOCAL_DYNAMODB_DIR, { recursive: true, force: true });
// DynamoDB Local listens on every interface (it has no bind option): only this install's random key reaches
// the data, in memory too (docs/security.md, finding 6).
const credentials = await loadOrCreateLocalDynamoCredentials();
if (!inMemory) {
  await ensurePrivateDataDir(LOCAL_DYNAMODB_DIR);
  try {
    if ((await adoptSharedDatabase(LOCAL_DYNAMODB_DIR, credentials, LOCAL_REGION)) === 'adopted') {
      console.log(`chainfit: moved the data kept in ${LOCAL_DYNAMODB_DIR} to this install's own DynamoDB Local credentials`);
    }
  } catch (error) {
    fail((error as Error).message);
  }
}
const dynamo = await startDynamoDbLocal({ credentials, ...(inMemory ? {} : { dataPath: resolve(LOCAL_DYNAMODB_DIR) }) });
// Safety net: never leave Java behind, whatever ends this process.
process.on('exit', () => dynamo.process.kill('SIGKILL'));

const connection = { region: LOCAL_REGION, endpoint: dynamo.endpoint, credentials };
const admin = createDynamoClient(connection);
await ensureTable(admin, LOCAL_TABLE_NAME);
admin.destroy();
const store = createStore({ tableName: LOCAL_TABLE_NAME, connection });
const seeded = await seedDemoData(store);
// Notification mails go to MailDev; the worker runs on DynamoDB Local's stream (in AWS: SES, a Lambda on the stream).
const mail = await startLocalMail(store, port);
const stopWorker = await startLocalWorker({
  connection,
  tableName: LOCAL_TABLE_NAME,
  store,
  ...(mail.delivery ? { mail: mail.delivery } : {}),
  log: (line) => {
    console.log(`chainfit: ${line}`);
  },
});

const consoleBuild = await ensureConsoleBuilt();
const issuer = await DevIssuer.open(DEV_ISSUER_KEY_FILE);
const server = createGraphQLServer({
  production: false,
  logError: (message, details) => {
    console.error(message, details);
  },
  rateLimit: RATE_LIMIT_POLICY,
});
await server.start();
const http = createLocalHttpServer({
  server,
  verifyToken: async (token) => issuer.verify(token),
  logRejectedToken: (reason) => {
    console.warn(`chainfit: 401 for a bearer token: ${reason}`);
  },
  // A dev member token's membership is made to exist; memberships are cached per process (docs/security.md).
  // The local server accepts http://localhost webhook URLs (a developer's receiver); the Lambda never does.
  contextFor: localContextFor(store, { allowLocalWebhookUrls: true }),
  routes: [
    // The .ics agenda (docs/events.md): the same bearer-token check as /graphql.
    agendaRoute({ store, verifyToken: async (token) => issuer.verify(token) }),
    (request, response, pathname) => handleDevConsoleRoute(issuer, request, response, pathname),
    (request, response, pathname) => serveConsoleFile(CONSOLE_DIST_DIR, request, response, pathname),
  ],
  apiReference: await readFile(API_REFERENCE, 'utf8'),
  unsubscribe: mail.unsubscribe,
});

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\nchainfit: ${signal} received, stopping the server and DynamoDB Local`);
  stopWorker();
  await mail.stop();
  http.close();
  http.closeAllConnections();
  await server.stop();
  await dynamo.stop();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

http.once('error', (error: NodeJS.ErrnoException) => {
  void dynamo
    .stop()
    .then(() => fail(error.code === 'EADDRINUSE' ? `port ${port} is taken on ${host}: is another \`npm start\` running?` : error.message));
});
http.listen(port, host, () => {
  console.log(`chainfit: listening on ${host}:${port}${host === LOOPBACK_HOST ? ' (this machine only; HOST=<address> to change)' : ''}`);
  const url = `http://localhost:${port}${GRAPHQL_PATH}`;
  console.log(`chainfit: GraphQL at ${url}, API reference at http://localhost:${port}${API_REFERENCE_PATH}`);
  console.log(`chainfit: web console at http://localhost:${port}/ (${consoleBuild}; sign in with the development sign-in)`);
  console.log(
    `chainfit: DynamoDB Local at ${dynamo.endpoint} (pid ${dynamo.process.pid}), ${inMemory ? 'in memory' : `data kept in ${LOCAL_DYNAMODB_DIR}`}; demo data ${seeded.loaded ? 'loaded' : 'already present'}`,
  );
  console.log(`chainfit: ${mail.status}`);
  console.log(
    `chainfit: DynamoDB Local answers only this install's access key, in ${LOCAL_DYNAMODB_CREDENTIALS_FILE} (region ${LOCAL_REGION}; scripts with DYNAMODB_ENDPOINT read it)`,
  );
  console.log(`\nTry:\n  curl -s ${url} -H 'content-type: application/json' -d '{"query":"{ health { status dataset datasetVersion } }"}'`);
  console.log(`\nCredentials: npm run dev:token -- admin | member <organizationId> | partner | user [<email>]`);
  console.log(`  then add -H "authorization: Bearer <token>"\nCtrl-C stops the server and DynamoDB Local.`);
});
