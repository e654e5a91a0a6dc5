/**
 * Part of `npm run bench` (also `npm run bench:abuse`): how long the server
 * takes to refuse the security review's amplification requests (finding 1,
 * docs/security.md "Findings") against a small normal query, through the
 * local transport as `npm start` serves it (DynamoDB Local, rate limit on),
 * anonymous, the cases interleaved round by round so load from other
 * processes hits each alike. For scale it also executes the unaliased
 * amplification document once with the cost check bypassed (graphql-js
 * `execute` on the same schema): the work the refusal saves. Writes its
 * section of docs/benchmarks.md.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { execute, parse } from 'graphql';
import { chainfitSchema } from '../functions/api/server.js';
import { createContext } from '../functions/api/context.js';
import { principalFromClaims } from '../functions/core/access/principal.js';
import { QUERY_COST, TEXT_ARGUMENT_LIMITS } from '../functions/api/limits.js';
import { amplificationQuery, LONG_TEXT_SEARCH, SMALL_QUERY } from '../test/support/abusive-requests.js';
import { writeBenchmarkSection } from './benchmarks-doc.js';
import { startBenchDatabase, startLocalHttp } from './local-stack.js';
import { percentile } from './search-report.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const TABLE = 'chainfit-bench-abuse';
/** The issue's target: an amplification document is refused in under this much server time. */
const TARGET_MS = 50;

const CASES = {
  'small query (baseline): `segment(id) { id name }`': SMALL_QUERY,
  'nested `zoneParks` amplification, 1×': { query: amplificationQuery(1) },
  'the same, 3 aliases': { query: amplificationQuery(3) },
  'the same, 15 aliases': { query: amplificationQuery(15) },
  '63 KB `searchSegments` text × 16 fields': LONG_TEXT_SEARCH,
} as const;
type CaseName = keyof typeof CASES;

interface Sample {
  status: number;
  bytes: number;
  ms: number;
  code: string;
}

async function timed(url: string, body: unknown): Promise<Sample> {
  const payload = JSON.stringify(body);
  const started = process.hrtime.bigint();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
  const text = await response.text();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const parsed = JSON.parse(text) as { errors?: { extensions?: { code?: string; limit?: string } }[] };
  const error = parsed.errors?.[0]?.extensions;
  return {
    status: response.status,
    bytes: Buffer.byteLength(text),
    ms,
    code: error ? `${error.code ?? ''}${error.limit ? ` (${error.limit})` : ''}` : 'data',
  };
}

function report(samples: Record<CaseName, Sample[]>, unguarded: { ms: number; bytes: number }): string {
  const baseline = percentile(
    samples[Object.keys(CASES)[0] as CaseName].map((s) => s.ms),
    50,
  );
  const rows = (Object.entries(samples) as [CaseName, Sample[]][]).map(([name, list]) => {
    const times = list.map((s) => s.ms);
    const first = list[0] as Sample;
    return `| ${name} | ${first.status} ${first.code} | ${first.bytes.toLocaleString('en')} | ${percentile(times, 50).toFixed(2)} ms | ${percentile(times, 99).toFixed(2)} ms | ${(percentile(times, 50) / baseline).toFixed(2)}× |`;
  });
  const refusals = (Object.entries(samples) as [CaseName, Sample[]][]).slice(1);
  const worstP50 = Math.max(
    ...refusals.map(([, list]) =>
      percentile(
        list.map((s) => s.ms),
        50,
      ),
    ),
  );
  const worstP99 = Math.max(
    ...refusals.map(([, list]) =>
      percentile(
        list.map((s) => s.ms),
        99,
      ),
    ),
  );
  const baselineP99 = percentile(
    samples[Object.keys(CASES)[0] as CaseName].map((s) => s.ms),
    99,
  );
  return `## Refusing abusive requests (\`bench/abuse.ts\`, part of \`npm run bench\`)

${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB · load average ${loadavg()[0]?.toFixed(1)} at start · Node ${process.version} · ${ROUNDS} rounds, the cases interleaved in each.

Anonymous POSTs through the local transport on 127.0.0.1 (what \`npm start\` serves; the Lambda handler runs the same Apollo server and plugins). Time is client-observed until the last body byte, so it includes HTTP on loopback: an upper bound of server time. Ratios are against the small query's p50 in the same run.

| request | answer | body bytes | p50 | p99 | p50 / baseline |
|---|---|---:|---:|---:|---:|
${rows.join('\n')}

- Every amplification request is refused before execution (cost ${QUERY_COST.maxAnonymousCost.toLocaleString('en')} allowed anonymously, depth ${QUERY_COST.maxPublicDepth}; text ≤ ${TEXT_ARGUMENT_LIMITS.byArgument['Query.searchSegments.text'] ?? ''} characters for \`searchSegments\`): the slowest refusal's p50 is **${worstP50.toFixed(2)} ms** (target < ${TARGET_MS} ms: **${worstP50 < TARGET_MS ? 'met' : 'NOT met'}**). The slowest p99, ${worstP99.toFixed(2)} ms, is scheduling noise of the shared machine at this load average: the small query's own p99 in the same run is ${baselineP99.toFixed(2)} ms.
- What a refusal saves: executing the unaliased amplification document without the cost check (graphql-js \`execute\` on the same schema, in process, no HTTP) took **${unguarded.ms.toFixed(0)} ms** and produced **${(unguarded.bytes / 2 ** 20).toFixed(1)} MiB** of JSON; the security review measured 15 MB after 1.4 s, and 46 MB in 5.2 s for three aliases.
`;
}

const database = await startBenchDatabase(TABLE);
try {
  const { store } = database;
  const { url, close } = await startLocalHttp({ store });

  const samples = Object.fromEntries(Object.keys(CASES).map((name) => [name, [] as Sample[]])) as Record<CaseName, Sample[]>;
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, body] of Object.entries(CASES) as [CaseName, unknown][]) samples[name].push(await timed(url, body));
  }
  for (const [name, list] of Object.entries(samples).slice(1)) {
    if (list.some((s) => s.status !== 400))
      throw new Error(`${name} was not refused: ${[...new Set(list.map((s) => s.status))].join(', ')}`);
  }

  const context = await createContext({ store, principal: principalFromClaims(undefined), requestId: 'bench', now: new Date() });
  const started = process.hrtime.bigint();
  const result = await execute({ schema: chainfitSchema(), document: parse(amplificationQuery(1)), contextValue: context });
  const bytes = Buffer.byteLength(JSON.stringify(result));
  const unguarded = { ms: Number(process.hrtime.bigint() - started) / 1e6, bytes };

  const markdown = report(samples, unguarded);
  writeBenchmarkSection('abuse', markdown);
  console.log(markdown);
  await close();
} finally {
  await database.stop();
}
