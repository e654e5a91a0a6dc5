/**
 * `npm run bench:notify`: the delay from a write to its notification, locally.
 * DynamoDB Local in memory, the worker exactly as `npm start` runs it (stream
 * polled every STREAM_POLL_INTERVAL_MS), and one expression of interest at a
 * time through the GraphQL server; the delay is from the mutation's answer to
 * the worker storing the receiver's notification. Prints a markdown table.
 */
import { cpus, loadavg } from 'node:os';
import { startDynamoDbLocal } from '../scripts/dynamodb-local.js';
import { startLocalWorker, STREAM_POLL_INTERVAL_MS } from '../scripts/local-worker.js';
import { createDynamoClient } from '../functions/store/dynamo-client.js';
import { ensureTable } from '../functions/store/table-admin.js';
import { createStore } from '../functions/store/store.js';
import { createGraphQLServer } from '../functions/api/server.js';
import { createContext } from '../functions/api/context.js';
import { anOrganization } from '../test/support/organization-factory.js';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const RUNS = Number(process.env.RUNS ?? 40);
const REGION = 'local';
const TABLE = 'notification-delay';

const dynamo = await startDynamoDbLocal();
const admin = createDynamoClient({ region: REGION, endpoint: dynamo.endpoint });
await ensureTable(admin, TABLE);
admin.destroy();
const store = createStore({ tableName: TABLE, connection: { region: REGION, endpoint: dynamo.endpoint } });
const notifiedAt = new Map<string, number>();
const stopWorker = await startLocalWorker({
  connection: { region: REGION, endpoint: dynamo.endpoint },
  tableName: TABLE,
  store,
  log: (line) => {
    const receiver = /^notification INTEREST_RECEIVED for (\S+) /.exec(line)?.[1];
    if (receiver) notifiedAt.set(receiver, performance.now());
  },
});
const server = createGraphQLServer({ production: false, logError: () => undefined });
await server.start();
const EXPRESS = `mutation E($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }`;

const delays: number[] = [];
for (let run = 0; run < RUNS; run++) {
  const from = await store.organizations.create(anOrganization({ id: `bench-igbt-${run}` }));
  const base = anOrganization({ id: `bench-drive-${run}` });
  const to = await store.organizations.create({
    ...base,
    country: 'CN',
    offers: [{ segmentId: 'nev.electric-drive' }],
    seeks: ['semi.power-semiconductors'],
  });
  const principal = {
    role: 'MEMBER' as const,
    subject: `bench-${run}`,
    memberships: [{ organizationId: from.id, role: 'OWNER' as const }],
  };
  // Both sides need a member: the sender's acts, the receiver's is notified.
  const since = new Date().toISOString();
  await store.memberships.join({ organizationId: from.id, subject: principal.subject, role: 'OWNER', since });
  await store.memberships.join({ organizationId: to.id, subject: `bench-receiver-${run}`, role: 'OWNER', since });
  const contextValue = await createContext({ store, principal, requestId: `bench-${run}`, now: new Date() });
  const input = { fromOrganizationId: from.id, toOrganizationId: to.id, message: 'Benchmark interest' };
  const response = await server.executeOperation({ query: EXPRESS, variables: { input } }, { contextValue });
  const written = performance.now();
  if (response.body.kind !== 'single' || response.body.singleResult.errors)
    throw new Error(`expressInterest failed: ${JSON.stringify(response.body)}`);
  while (!notifiedAt.has(to.id)) await new Promise((resolve) => setTimeout(resolve, 5));
  delays.push((notifiedAt.get(to.id) as number) - written);
}

stopWorker();
await server.stop();
await dynamo.stop();
const sorted = [...delays].sort((a, b) => a - b);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
const ms = (value: number) => `${value.toFixed(0)} ms`;
console.log(
  `${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'} · load average ${loadavg()[0]?.toFixed(1)} · Node ${process.version} · DynamoDB Local in memory · poll interval ${STREAM_POLL_INTERVAL_MS} ms · ${RUNS} runs\n`,
);
console.log('| figure | value |\n|---|---|');
console.log(
  `| write → notification p50 | ${ms(at(0.5))} |\n| p95 | ${ms(at(0.95))} |\n| min / max | ${ms(sorted[0] as number)} / ${ms(sorted.at(-1) as number)} |`,
);
