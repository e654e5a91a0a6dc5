/**
 * `npm run bench` (via bench/run.ts): partner-search benchmark. Seeds N
 * synthetic organizations (1,000 and 10,000; 100,000 with --large) into
 * DynamoDB Local through the profiles' import path (the same items as
 * registration: profile, listing and industry-chain index items, by
 * BatchWriteItem), then measures searchPartners through the GraphQL layer:
 * latency, DynamoDB requests and consumed read capacity per search, beside a
 * naive Scan-everything baseline. Writes section `search` of docs/benchmarks.md.
 */
import { cpus, loadavg } from 'node:os';
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
import { inputOf, REQUEST_KINDS, scoreRecall, type KindInput } from './search-recall.js';
import { matchProfileOf, type MatchProfile } from '../functions/core/match-profile.js';
import { organizationIndexItems } from '../functions/store/items/organization-index-items.js';

const REGION = 'local';
/** SEARCH_BENCH_SIZES=300,1000 overrides the sizes (quick runs while developing). */
const SIZES = process.env.SEARCH_BENCH_SIZES
  ? process.env.SEARCH_BENCH_SIZES.split(',').map(Number)
  : process.argv.includes('--large')
    ? [1_000, 10_000, 100_000]
    : [1_000, 10_000];
const SEEKERS = 20;
/** Rounds of every seeker and request kind; SEARCH_BENCH_ROUNDS overrides (recall is taken in the first). */
const ROUNDS = Number(process.env.SEARCH_BENCH_ROUNDS ?? 5);
/** Baseline runs per size: each scans the whole table, so a few suffice (one at 10,000, none past it: a scan of 100,000 takes many minutes here). */
const baselineSeekers = (count: number): number => (count <= 1_000 ? 3 : count <= 10_000 ? 1 : 0);
/** Organizations per importMany call, and calls in flight (each sends 4 BatchWrites at a time). */
const IMPORT_CHUNK = 250;
const IMPORTS_IN_FLIGHT = 3;

const SEARCH = `query Bench($input: PartnerSearchInput!) {
  searchPartners(input: $input) {
    results {
      organization { id name { text } }
      score
      components { name value weight }
      reasons { kind direction seekerSegment { id name } candidateSegment { id name } }
      explanation suggestedPark { id name } policies { id name }
    }
  }
}`;

/** Items each profile change writes: its candidate index items (a change moving the quality key deletes the old ones too). */
function writeAmplification(profiles: ReturnType<typeof syntheticOrganizations>): SizeResult['writes'] {
  const perOrg = profiles.map((org) => organizationIndexItems(org));
  const counts = perOrg.map((items) => items.length);
  // Transactional writes cost 2 write units per KB of each item (DynamoDB pricing).
  const units = perOrg.map((items) => items.reduce((sum, item) => sum + 2 * Math.ceil(Buffer.byteLength(JSON.stringify(item)) / 1024), 0));
  return {
    meanItems: counts.reduce((a, b) => a + b, 0) / counts.length,
    maxItems: Math.max(...counts),
    meanUnits: units.reduce((a, b) => a + b, 0) / units.length,
    maxUnits: Math.max(...units),
  };
}

async function seed(store: Store, orgs: ReturnType<typeof syntheticOrganizations>): Promise<number> {
  const count = orgs.length;
  const started = performance.now();
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
  profiles: MatchProfile[];
  byId: Map<string, MatchProfile>;
  meter: CapacityMeter;
  result: SizeResult;
  drop(): Promise<void>;
}

async function prepare(endpoint: string, count: number): Promise<Prepared> {
  const tableName = `bench-search-${count}`;
  const admin = createDynamoClient({ region: REGION, endpoint });
  // No stream: nothing reads it here, and DynamoDB Local's writes slow down as stream records pile up (table-admin.ts).
  await ensureTable(admin, tableName, { stream: false });
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
    recall: {},
    kindLatencyMs: {},
    kindRequests: {},
    writes: { meanItems: 0, maxItems: 0, meanUnits: 0, maxUnits: 0 },
  };
  console.log(`N = ${count}`);
  const orgs = syntheticOrganizations(count);
  result.writes = writeAmplification(orgs);
  result.seedSeconds = await seed(store, orgs);
  const profiles = orgs.map(matchProfileOf);
  const byId = new Map(profiles.map((profile) => [profile.id, profile]));
  const drop = async () => {
    await admin.send(new DeleteTableCommand({ TableName: tableName }));
    admin.destroy();
  };
  return { store, profiles, byId, meter, result, drop };
}

/** One search through the GraphQL layer, as a member of the seeking organization. */
/** The GraphQL spelling of a request kind's input (modes are `cooperationModes` there). */
function graphqlInput({ modes, ...rest }: KindInput): Record<string, unknown> {
  return { ...rest, ...(modes ? { cooperationModes: modes } : {}) };
}

async function searchOnce(server: ApolloServer<GraphQLContext>, store: Store, id: string, input: KindInput = {}): Promise<string[]> {
  // A signed-in person who is a member of nobody: search reads only public fields, so no membership is needed.
  const contextValue = await createContext({
    store,
    principal: { role: 'MEMBER', subject: `bench-${id}`, memberships: [] },
    requestId: `bench-${id}`,
    now: new Date(),
  });
  const response = await server.executeOperation(
    { query: SEARCH, variables: { input: { organizationId: id, ...graphqlInput(input) } } },
    { contextValue },
  );
  if (response.body.kind !== 'single' || response.body.singleResult.errors)
    throw new Error(`search failed: ${JSON.stringify(response.body)}`);
  const data = response.body.singleResult.data as { searchPartners: { results: { organization: { id: string } }[] } };
  return data.searchPartners.results.map((result) => result.organization.id);
}

async function measureRound(server: ApolloServer<GraphQLContext>, prepared: Prepared, ids: string[], first: boolean): Promise<void> {
  const { store, meter, result, byId, profiles } = prepared;
  for (const id of ids) {
    const seeker = byId.get(id) as MatchProfile;
    for (const kind of REQUEST_KINDS) {
      const input = inputOf(kind, seeker);
      store.gateway.resetStats();
      meter.reset();
      const started = performance.now();
      const served = await searchOnce(server, store, id, input);
      const elapsed = performance.now() - started;
      result.latencyMs.push(elapsed);
      (result.kindLatencyMs[kind] ??= []).push(elapsed);
      (result.kindRequests[kind] ??= []).push(store.gateway.stats.requests);
      result.requests.push(store.gateway.stats.requests);
      result.readUnits.push(meter.readUnits);
      result.capacityReported ||= meter.reported > 0;
      if (first) {
        const { found, expected } = scoreRecall(profiles, byId, seeker, input, served);
        const total = (result.recall[kind] ??= { found: 0, expected: 0 });
        total.found += found;
        total.expected += expected;
      }
    }
  }
  result.searches = result.latencyMs.length;
}

/** Rounds alternate between the sizes, so a burst of load on the machine hits every size alike. */
async function measureSearches(sizes: Prepared[], ids: string[]): Promise<void> {
  const server = createGraphQLServer({ production: true, logError: () => undefined });
  await server.start();
  for (const prepared of sizes) for (const id of ids.slice(0, 5)) await searchOnce(server, prepared.store, id); // warm-up
  for (let round = 0; round < ROUNDS; round++) for (const prepared of sizes) await measureRound(server, prepared, ids, round === 0);
  await server.stop();
}

async function measureBaseline({ store, meter, result }: Prepared, ids: string[]): Promise<void> {
  for (const id of ids.slice(0, baselineSeekers(result.organizations))) {
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
  const loadAtStart = loadavg()[0] ?? 0;
  const dynamo = await startDynamoDbLocal();
  try {
    const sizes: Prepared[] = [];
    for (const size of SIZES) sizes.push(await prepare(dynamo.endpoint, size));
    const ids = seekerIds();
    await measureSearches(sizes, ids);
    for (const prepared of sizes) await measureBaseline(prepared, ids);
    for (const prepared of sizes) await prepared.drop();
    const results = sizes.map((prepared) => prepared.result);
    const environment = `${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start and ${(loadavg()[0] ?? 0).toFixed(1)} at the end (shared machine)`;
    const markdown = searchMarkdown(results, environment);
    console.log(`\n${markdown}`);
    writeBenchmarkSection('search', markdown);
    if (verdicts(results).some((line) => line.includes('not met'))) console.log('\nSome targets were not met (see above).');
  } finally {
    await dynamo.stop();
  }
}
