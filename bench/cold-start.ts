/**
 * `npm run bench:cold`: bundle size and cold start of the GraphQL Lambda,
 * against a minimal Apollo Server Lambda built the same way
 * (bench/fixtures/minimal-apollo-handler.ts). Both bundles come from
 * infra/bundling.ts, the options the stack deploys with. Each run imports one
 * bundle in a fresh Node process and serves one request (chainfit's against
 * DynamoDB Local, started here); runs are interleaved and the medians compared
 * within this one run. Also measures what the resolution fix
 * (`conditions: module,import`: one Apollo build, ESM AWS SDK) saves. Writes section `cold-start` of docs/benchmarks.md.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { build, type Metafile } from 'esbuild';
import { esbuildBuildOptions } from '../infra/bundling.js';
import { GRAPHQL_HANDLER_ENTRY, REPOSITORY_ROOT } from '../infra/chainfit-stack.js';
import { FUNCTION_BASE_ENVIRONMENT } from '../infra/constructs/chainfit-function.js';
import { startDynamoDbLocal } from '../scripts/dynamodb-local.js';
import { httpApiEvent, lambdaContext } from '../test/support/api-gateway-event.js';
import { invokeInFreshProcess, type ColdStartTimings } from '../test/support/fresh-lambda-process.js';
import { writeBenchmarkSection } from './benchmarks-doc.js';
import { benchTableStore } from './local-stack.js';
import { bundleReport, coldStartReport, type BundleFacts, type VariantResult } from './cold-start-report.js';

// Eleven rounds: on a shared 2-core machine seven left the medians at the mercy of other work.
const ROUNDS = Number(process.env.COLD_START_ROUNDS ?? 11);
const OUTPUT_DIRECTORY = `${REPOSITORY_ROOT}/.local/bench/cold-start`;
const REGION = 'local';
const TABLE_NAME = 'bench-cold-start';

interface Variant {
  name: string;
  entry: string;
  /** esbuild option changes against the shipped settings (only for the comparison variant). */
  adjust?: (options: ReturnType<typeof esbuildBuildOptions>) => void;
  query: string;
  usesTable: boolean;
}

/**
 * The references are plain Apollo Servers (built from typeDefs, usage
 * reporting not disabled): chainfit's aliases, which rely on how
 * functions/api/server.ts configures Apollo, do not apply to them.
 */
function withoutChainfitAliases(options: ReturnType<typeof esbuildBuildOptions>): void {
  delete options.alias;
}

const VARIANTS: Variant[] = [
  { name: 'chainfit (shipped)', entry: GRAPHQL_HANDLER_ENTRY, query: '{ health { status datasetVersion } }', usesTable: true },
  {
    name: 'chainfit without the aliases (usage reporting, graphql-tools, sha.js bundled)',
    entry: GRAPHQL_HANDLER_ENTRY,
    adjust: withoutChainfitAliases,
    query: '{ health { status datasetVersion } }',
    usesTable: true,
  },
  {
    name: "chainfit with esbuild's default conditions (two Apollo builds)",
    entry: GRAPHQL_HANDLER_ENTRY,
    adjust: (options) => {
      delete options.conditions;
    },
    query: '{ health { status datasetVersion } }',
    usesTable: true,
  },
  {
    name: 'minimal Apollo Server Lambda + one DynamoDB GetItem',
    entry: `${REPOSITORY_ROOT}/bench/fixtures/minimal-apollo-dynamodb-handler.ts`,
    adjust: withoutChainfitAliases,
    query: '{ hello }',
    usesTable: true,
  },
  {
    name: 'minimal Apollo Server Lambda',
    entry: `${REPOSITORY_ROOT}/bench/fixtures/minimal-apollo-handler.ts`,
    adjust: withoutChainfitAliases,
    query: '{ hello }',
    usesTable: false,
  },
];

async function bundle(variant: Variant, index: number): Promise<BundleFacts> {
  const file = `${OUTPUT_DIRECTORY}/variant-${index}/index.mjs`;
  const options = esbuildBuildOptions(variant.entry, file);
  variant.adjust?.(options);
  const result = await build(options);
  const metafile = result.metafile as Metafile;
  const output = Object.values(metafile.outputs)[0];
  return { file, bytes: output?.bytes ?? 0, metafile };
}

function environmentFor(variant: Variant, endpoint: string): Record<string, string> {
  // As the stack gives it (FUNCTION_BASE_ENVIRONMENT + table + cursor secret), plus the local endpoint and region.
  const table: Record<string, string> = variant.usesTable
    ? { TABLE_NAME, CURSOR_SECRET: 'bench-cursor-secret', DYNAMODB_ENDPOINT: endpoint }
    : {};
  return { ...FUNCTION_BASE_ENVIRONMENT, AWS_REGION: REGION, ...table };
}

async function coldStart(variant: Variant, file: string, endpoint: string): Promise<ColdStartTimings> {
  const { result, timings } = await invokeInFreshProcess<{ statusCode?: number; body?: string }>({
    bundleFile: file,
    env: environmentFor(variant, endpoint),
    event: httpApiEvent({ body: { query: variant.query } }),
    context: lambdaContext(),
  });
  const body = JSON.parse(result.body ?? '{}') as { errors?: unknown };
  if (result.statusCode !== 200 || body.errors) throw new Error(`${variant.name} answered ${result.statusCode}: ${result.body}`);
  return timings;
}

/** ROUNDS fresh-process runs per variant, interleaved and rotated so no variant always runs first. */
async function measure(bundles: BundleFacts[], endpoint: string): Promise<ColdStartTimings[][]> {
  const samples: ColdStartTimings[][] = VARIANTS.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (let step = 0; step < VARIANTS.length; step++) {
      const index = (round + step) % VARIANTS.length;
      samples[index]!.push(await coldStart(VARIANTS[index]!, bundles[index]!.file, endpoint));
    }
    process.stdout.write(`round ${round + 1}/${ROUNDS}\n`);
  }
  return samples;
}

async function prepareTable(endpoint: string): Promise<void> {
  const store = await benchTableStore({ region: REGION, endpoint }, TABLE_NAME);
  await store.system.putDatasetMarker({ dataset: 'bench', version: 'cold-start', loadedAt: new Date().toISOString() });
}

async function main(): Promise<void> {
  rmSync(OUTPUT_DIRECTORY, { recursive: true, force: true });
  mkdirSync(OUTPUT_DIRECTORY, { recursive: true });
  const bundles: BundleFacts[] = [];
  for (const [index, variant] of VARIANTS.entries()) bundles.push(await bundle(variant, index));
  const dynamo = await startDynamoDbLocal();
  try {
    await prepareTable(dynamo.endpoint);
    const loadAverage = (loadavg()[0] ?? 0).toFixed(1);
    const samples = await measure(bundles, dynamo.endpoint);
    const results: VariantResult[] = VARIANTS.map((variant, i) => ({ name: variant.name, bundle: bundles[i]!, samples: samples[i]! }));
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${process.platform}/${process.arch}`;
    const markdown = `${coldStartReport(results, { date: new Date().toISOString().slice(0, 10), machine, loadAverage, node: process.version, rounds: ROUNDS })}\n\n${bundleReport(bundles[0]!)}`;
    writeBenchmarkSection('cold-start', markdown);
    process.stdout.write(`${markdown}\n`);
  } finally {
    await dynamo.stop();
  }
}

await main();
