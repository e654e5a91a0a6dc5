/**
 * `npm run bench` (via bench/run.ts): partner-search benchmark. Seeds N
 * synthetic organizations (1,000 and 10,000; 100,000 with --large) into
 * DynamoDB Local through the profiles' import path (the same items as
 * registration: profile, listing and industry-chain index items, by
 * BatchWriteItem), then measures searchPartners through the GraphQL layer:
 * latency, DynamoDB requests and consumed read capacity per search, beside a
 * naive Scan-everything baseline. Writes section `search` of docs/benchmarks.md.
 */
import { cpus } from 'node:os';
import type { ApolloServer } from '@apollo/server';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createContext, type GraphQLContext } from '../functions/api/context.js';
import { createGraphQLServer } from '../functions/api/server.js';
import { createDynamoClient } from '../functions/store/dynamo-client.js';
import { createStore, type Store } from '../functions/store/store.js';
import { ensureTable } from '../functions/store/table-admin.js';
import { startDynamoDbLocal } from '../scripts/dynamodb-local.js';
import { writeBenchmarkSection } from './benchmarks-doc.js';
import { capacityMeter, measuringCapacity, type CapacityMeter } from './consumed-capacity.js';
import { scanBaselineSearch } from './search-baseline.js';
import { percentile, searchMarkdown, verdicts, type SizeResult } from './search-report.js';
import { syntheticOrganizations } from './synthetic-organizations.js';

const REGION = 'local';
/** SEARCH_BENCH_SIZES=300,1000 overrides the sizes (quick runs while developing). */
const SIZES = process.env.SEARCH_BENCH_SIZES
  ? process.env.SEARCH_BENCH_SIZES.split(',').map(Number)
  : process.argv.includes('--large')
    ? [1_000, 10_000, 100_000]
    : [1_000, 10_000];
const SEEKERS = 20;
const ROUNDS = 5;
/** Baseline runs per size: each scans the whole table, so a few suffice. */
const BASELINE_SEEKERS = 3;
/** Organizations per importMany call, and calls in flight (each sends 4 BatchWrites at a time). */
const IMPORT_CHUNK = 250;
const IMPORTS_IN_FLIGHT = 3;

const SEARCH = `query Bench($input: PartnerSearchInput!) {
  searchPartners(input: $input) {
    results {
      organization { id name { text } }
      score components { name value weight }
      reasons { kind direction seekerSegment { id name } candidateSegment { id name } }
      explanation suggestedPark { id name } policies { id name }
    }
  }
}`;

async function seed(store: Store, count: number): Promise<number> {
  const started = performance.now();
  const orgs = syntheticOrganizations(count);
  const chunks: (typeof orgs)[] = [];
  for (let i = 0; i < orgs.length; i += IMPORT_CHUNK) chunks.push(orgs.slice(i, i + IMPORT_CHUNK));
  for (let i = 0; i < chunks.length; i += IMPORTS_IN_FLIGHT) {
    await Promise.all(chunks.slice(i, i + IMPORTS_IN_FLIGHT).map((chunk) => store.organizations.importMany(chunk)));
    process.stdout.write(`\r  seeded ${Math.min(count, (i + IMPORTS_IN_FLIGHT) * IMPORT_CHUNK)} / ${count}`);
  }
  process.stdout.write('\n');
  return (performance.now() - started) / 1000;
}

/**
 * The same seekers at every size (the first 1,000 synthetic organizations are
 * the same at every N), so requests per search compare like with like.
 */
function seekerIds(): string[] {
  return Array.from({ length: SEEKERS }, (_, i) => `bench-${String(i * 50).padStart(6, '0')}`);
}

interface Prepared {
  store: Store;
  meter: CapacityMeter;
  result: SizeResult;
  drop(): Promise<void>;
}

async function prepare(endpoint: string, count: number): Promise<Prepared> {
  const tableName = `bench-search-${count}`;
  const admin = createDynamoClient({ region: REGION, endpoint });
  await ensureTable(admin, tableName);
  const meter = capacityMeter();
  const store = createStore({ tableName, connection: { region: REGION, endpoint }, wrapClient: measuringCapacity(meter) });
  const result: SizeResult = {
    organizations: count,
    seedSeconds: 0,
    searches: 0,
    latencyMs: [],
    requests: [],
    readUnits: [],
    capacityReported: false,
    baselineMs: [],
    baselineRequests: [],
    baselineReadUnits: [],
  };
  console.log(`N = ${count}`);
  result.seedSeconds = await seed(store, count);
  const drop = async () => {
    await admin.send(new DeleteTableCommand({ TableName: tableName }));
    admin.destroy();
  };
  return { store, meter, result, drop };
}

/** One search through the GraphQL layer, as a member of the seeking organization. */
async function searchOnce(server: ApolloServer<GraphQLContext>, store: Store, id: string): Promise<void> {
  // A signed-in person who is a member of nobody: search reads only public fields, so no membership is needed.
  const contextValue = await createContext({
    store,
    principal: { role: 'MEMBER', subject: `bench-${id}`, memberships: [] },
    requestId: `bench-${id}`,
    now: new Date(),
  });
  const response = await server.executeOperation({ query: SEARCH, variables: { input: { organizationId: id } } }, { contextValue });
  if (response.body.kind !== 'single' || response.body.singleResult.errors)
    throw new Error(`search failed: ${JSON.stringify(response.body)}`);
}

async function measureRound(server: ApolloServer<GraphQLContext>, { store, meter, result }: Prepared, ids: string[]): Promise<void> {
  for (const id of ids) {
    store.gateway.resetStats();
    meter.reset();
    const started = performance.now();
    await searchOnce(server, store, id);
    result.latencyMs.push(performance.now() - started);
    result.requests.push(store.gateway.stats.requests);
    result.readUnits.push(meter.readUnits);
    result.capacityReported ||= meter.reported > 0;
  }
  result.searches = result.latencyMs.length;
}

/** Rounds alternate between the sizes, so a burst of load on the machine hits every size alike. */
async function measureSearches(sizes: Prepared[], ids: string[]): Promise<void> {
  const server = createGraphQLServer({ production: true, logError: () => undefined });
  await server.start();
  for (const prepared of sizes) for (const id of ids.slice(0, 5)) await searchOnce(server, prepared.store, id); // warm-up
  for (let round = 0; round < ROUNDS; round++) for (const prepared of sizes) await measureRound(server, prepared, ids);
  await server.stop();
}

async function measureBaseline({ store, meter, result }: Prepared, ids: string[]): Promise<void> {
  for (const id of ids.slice(0, BASELINE_SEEKERS)) {
    store.gateway.resetStats();
    meter.reset();
    const started = performance.now();
    await scanBaselineSearch(store, id, 10);
    result.baselineMs.push(performance.now() - started);
    result.baselineRequests.push(store.gateway.stats.requests);
    result.baselineReadUnits.push(meter.readUnits);
  }
  console.log(
    `  N = ${result.organizations}: search p50 ${percentile(result.latencyMs, 50).toFixed(1)} ms, p99 ${percentile(result.latencyMs, 99).toFixed(1)} ms; baseline p50 ${percentile(result.baselineMs, 50).toFixed(0)} ms`,
  );
}

export async function runSearchBenchmark(): Promise<void> {
  const dynamo = await startDynamoDbLocal();
  try {
    const sizes: Prepared[] = [];
    for (const size of SIZES) sizes.push(await prepare(dynamo.endpoint, size));
    const ids = seekerIds();
    await measureSearches(sizes, ids);
    for (const prepared of sizes) await measureBaseline(prepared, ids);
    for (const prepared of sizes) await prepared.drop();
    const results = sizes.map((prepared) => prepared.result);
    const environment = `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores`;
    const markdown = searchMarkdown(results, environment);
    console.log(`\n${markdown}`);
    writeBenchmarkSection('search', markdown);
    if (verdicts(results).some((line) => line.includes('not met'))) console.log('\nSome targets were not met (see above).');
  } finally {
    await dynamo.stop();
  }
}
