/**
 * `npm run bench:requests` (and part of `npm run bench`): what one request
 * costs chainfit against a minimal Apollo Server 5 that does one GetItem
 * (bench/fixtures/minimal-apollo-read-*.ts), side by side in the same run on
 * the same DynamoDB Local data. Two transports: the bundled Lambda handler
 * called in-process with API Gateway v2 events carrying JWT-authorizer claims
 * (what runs in AWS), and the local server over HTTP (autocannon). Rounds
 * interleave chainfit's operations with the reference so machine load hits
 * both alike; ratios are per round, then the median. DynamoDB requests per
 * request come from separate counting passes. Writes section `requests` of
 * docs/benchmarks.md.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { esbuildBuildOptions } from '../infra/bundling.js';
import { GRAPHQL_HANDLER_ENTRY, REPOSITORY_ROOT } from '../infra/chainfit-stack.js';
import { startDynamoDbLocal } from '../scripts/dynamodb-local.js';
import { seedDemoData } from '../scripts/demo/seed-demo-data.js';
import { DevIssuer } from '../functions/local/dev-issuer.js';
import { writeBenchmarkSection } from './benchmarks-doc.js';
import { benchTableStore } from './local-stack.js';
import { syntheticOrganizations } from './synthetic-organizations.js';
import { startCountingProxy } from './dynamodb-request-counter.js';
import { driveLambda, invokeLambda, lambdaEvents, type LambdaHandler, type Sample } from './request-drivers.js';
import {
  authorizerClaims,
  benchMemberships,
  CREDENTIALS_PER_CALLER,
  REFERENCE_BODY,
  SCENARIOS,
  type Caller,
  type Scenario,
} from './request-scenarios.js';
import { startChainfitHttp, startReferenceHttp, type HttpTarget } from './request-http-targets.js';
import { requestsReport, type Measured } from './request-overhead-report.js';

const ROUNDS = Number(process.env.REQUEST_BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.REQUEST_BENCH_SECONDS ?? 3);
const CONNECTIONS = 8;
/**
 * Calls per counting pass: for single reads enough that each of the 64
 * credentials passes its rate-limit flush threshold (22 for a partner app)
 * and flushes, the busy case; fewer for the slow operations.
 */
const countingRequestsOf = (scenario: Scenario) => (scenario.target || scenario.caller === 'anonymous' ? 2048 : 128);
const REFERENCE_COUNTING_REQUESTS = 128;
const REGION = 'local';
const TABLE_NAME = 'bench-requests';
const OUTPUT_DIRECTORY = `${REPOSITORY_ROOT}/.local/bench/requests`;
const EXTRA_ORGANIZATIONS = 200;

/** Bundles as deployed; the reference without chainfit's aliases (they rely on how chainfit configures Apollo). */
async function bundle(entry: string, name: string, chainfitAliases: boolean): Promise<string> {
  const file = `${OUTPUT_DIRECTORY}/${name}/index.mjs`;
  const options = esbuildBuildOptions(entry, file);
  if (!chainfitAliases) delete options.alias;
  await build(options);
  return file;
}

/** Imports a bundle as Lambda would, with DYNAMODB_ENDPOINT set for it; `instance` makes a separate module copy. */
async function importHandler(file: string, endpoint: string, instance: string): Promise<LambdaHandler> {
  process.env.DYNAMODB_ENDPOINT = endpoint;
  const module = (await import(`${pathToFileURL(file).href}?${instance}`)) as { handler: LambdaHandler };
  return module.handler;
}

const claimsOf = (caller: Caller) =>
  caller === 'anonymous' ? [undefined] : Array.from({ length: CREDENTIALS_PER_CALLER }, (_, i) => authorizerClaims(caller, i));

interface Rows {
  chainfit: Sample[][];
  reference: Sample[];
}

/** One round on one transport: reference, every operation, reference again (their mean is the round's reference). */
async function round(run: (target: 'reference' | number) => Promise<Sample>, rows: Rows, roundIndex: number): Promise<void> {
  const before = await run('reference');
  const order = SCENARIOS.map((_, i) => i);
  if (roundIndex % 2) order.reverse();
  for (const i of order) rows.chainfit[i]!.push(await run(i));
  const after = await run('reference');
  const mean = (key: keyof Sample) => (before[key] + after[key]) / 2;
  rows.reference.push({
    requestsPerSecond: mean('requestsPerSecond'),
    p50Ms: mean('p50Ms'),
    p99Ms: mean('p99Ms'),
    requests: before.requests + after.requests,
  });
}

/** Lets background work (rate-limit flushes) started by the last calls reach DynamoDB before counting starts. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 250));

const emptyRows = (): Rows => ({ chainfit: SCENARIOS.map(() => []), reference: [] });

async function main(): Promise<void> {
  rmSync(OUTPUT_DIRECTORY, { recursive: true, force: true });
  mkdirSync(OUTPUT_DIRECTORY, { recursive: true });
  const [chainfitBundle, referenceBundle] = [
    await bundle(GRAPHQL_HANDLER_ENTRY, 'chainfit', true),
    await bundle(`${REPOSITORY_ROOT}/bench/fixtures/minimal-apollo-read-handler.ts`, 'reference', false),
  ];
  const dynamo = await startDynamoDbLocal();
  const proxy = await startCountingProxy(dynamo.endpoint);
  try {
    const connection = { region: REGION, endpoint: dynamo.endpoint };
    const store = await benchTableStore(connection, TABLE_NAME);
    await seedDemoData(store);
    await store.organizations.importMany(syntheticOrganizations(EXTRA_ORGANIZATIONS));
    // The member callers belong to the organization they read and search for, so their requests are authorized as a member's are.
    for (const membership of benchMemberships()) await store.memberships.join(membership);

    // As the stack configures the function (NODE_ENV=production, table, cursor secret), pointed at DynamoDB Local.
    Object.assign(process.env, { NODE_ENV: 'production', TABLE_NAME, CURSOR_SECRET: 'bench-cursor-secret', AWS_REGION: REGION });
    const lambda = {
      chainfit: await importHandler(chainfitBundle, dynamo.endpoint, 'timed'),
      reference: await importHandler(referenceBundle, dynamo.endpoint, 'timed'),
    };
    const counted = {
      chainfit: await importHandler(chainfitBundle, proxy.endpoint, 'counted'),
      reference: await importHandler(referenceBundle, proxy.endpoint, 'counted'),
    };
    const events = SCENARIOS.map((scenario) => lambdaEvents(scenario.body, claimsOf(scenario.caller)));
    const referenceEvents = lambdaEvents(REFERENCE_BODY, claimsOf('partner'));

    const issuer = await DevIssuer.open(join(await mkdtemp(join(tmpdir(), 'chainfit-bench-')), 'key.json'));
    const http: { chainfit: HttpTarget; reference: HttpTarget } = {
      chainfit: await startChainfitHttp({ tableName: TABLE_NAME, connection, issuer }),
      reference: await startReferenceHttp({ tableName: TABLE_NAME, connection, issuer }),
    };

    // Warm up every path (JIT, connections, first-use initialisation) before timing; references last, as they run first.
    for (const [i, scenario] of SCENARIOS.entries())
      await invokeLambda(lambda.chainfit, events[i]!, 50).then(() => http.chainfit.warm(scenario));
    await driveLambda(lambda.reference, referenceEvents, 1);
    await http.reference.warm(SCENARIOS[0]!);
    await http.reference.drive(SCENARIOS[0]!, 1, CONNECTIONS);

    const loadAtStart = (loadavg()[0] ?? 0).toFixed(1);
    const lambdaRows = emptyRows();
    const httpRows = emptyRows();
    for (let r = 0; r < ROUNDS; r++) {
      await round(
        (target) =>
          target === 'reference'
            ? driveLambda(lambda.reference, referenceEvents, SECONDS)
            : driveLambda(lambda.chainfit, events[target]!, SECONDS),
        lambdaRows,
        r,
      );
      await round(
        (target) =>
          target === 'reference'
            ? http.reference.drive(SCENARIOS[0]!, SECONDS, CONNECTIONS)
            : http.chainfit.drive(SCENARIOS[target]!, SECONDS, CONNECTIONS),
        httpRows,
        r,
      );
      process.stdout.write(`round ${r + 1}/${ROUNDS}\n`);
    }

    // Counting passes: the same operations through the counting proxy (Lambda) or the counting store wrapper (HTTP).
    const lambdaCounts = [];
    for (const [i, scenario] of SCENARIOS.entries()) {
      // One call per credential first, as the timed runs are warmed: a member's first call on an instance reads their memberships.
      await invokeLambda(counted.chainfit, events[i]!, events[i]!.length);
      await settle();
      proxy.reset();
      await invokeLambda(counted.chainfit, events[i]!, countingRequestsOf(scenario));
      lambdaCounts.push(new Map(proxy.counts));
    }
    proxy.reset();
    await invokeLambda(counted.reference, referenceEvents, REFERENCE_COUNTING_REQUESTS);
    const lambdaReferenceCounts = new Map(proxy.counts);
    const httpCounts = [];
    for (const scenario of SCENARIOS) httpCounts.push(await http.chainfit.count(scenario, countingRequestsOf(scenario)));
    const httpReferenceCounts = await http.reference.count(SCENARIOS[0]!, REFERENCE_COUNTING_REQUESTS);

    const measured: Measured = {
      lambda: { rows: lambdaRows, counts: lambdaCounts, referenceCounts: lambdaReferenceCounts },
      http: { rows: httpRows, counts: httpCounts, referenceCounts: httpReferenceCounts },
      countingRequests: SCENARIOS.map(countingRequestsOf),
      referenceCountingRequests: REFERENCE_COUNTING_REQUESTS,
    };
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`;
    const markdown = requestsReport(measured, {
      date: new Date().toISOString().slice(0, 10),
      machine,
      load: `${loadAtStart} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at the end`,
      node: process.version,
      rounds: ROUNDS,
      seconds: SECONDS,
      connections: CONNECTIONS,
    });
    writeBenchmarkSection('requests', markdown);
    process.stdout.write(`${markdown}\n`);
    await http.chainfit.close();
    await http.reference.close();
  } finally {
    await proxy.close();
    await dynamo.stop();
  }
  // Bundled handlers keep DynamoDB sockets alive; the benchmark is done.
  process.exit(process.exitCode ?? 0);
}

await main();
