/**
 * `npm run bench:http`: what HTTP caching saves on the industry-chain model.
 * Serves the API as `npm start` does (local transport, DynamoDB Local, rate
 * limit on) and asks for `industryChains` (English, the full model) in four
 * ways, interleaved round by round so load from other processes hits each
 * alike: a POST, an APQ GET by hash without a cached copy (full answer), the
 * same GET revalidating a cached copy with If-None-Match (304), and the size
 * a compressing CDN would send. Writes its section of docs/benchmarks.md.
 */
import { createHash } from 'node:crypto';
import { cpus, loadavg, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { zoneIndustryChainModel } from '../functions/core/industry-chain/zone-model.js';
import { writeBenchmarkSection } from './benchmarks-doc.js';
import { startBenchDatabase, startLocalHttp } from './local-stack.js';
import { percentile } from './search-report.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const TABLE = 'chainfit-bench-http';
const QUERY = `query IndustryChains { industryChains(locale: en) {
  id name chains { id name stages { id name index segments { id name isic hs researchServed } } }
} }`;
const HASH = createHash('sha256').update(QUERY).digest('hex');
const PERSISTED = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: HASH } });

interface Sample {
  status: number;
  bodyBytes: number;
  headerBytes: number;
  ms: number;
}

type Case = 'POST (no cache)' | 'APQ GET, no cached copy' | 'APQ GET, If-None-Match (304)';

/** One request, timed until the whole body is read. Header bytes as sent on the wire (name: value\r\n). */
async function timed(url: string, init: RequestInit): Promise<Sample & { etag: string | null }> {
  const started = process.hrtime.bigint();
  const response = await fetch(url, init);
  const body = Buffer.from(await response.arrayBuffer());
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  let headerBytes = `HTTP/1.1 ${response.status} ${response.statusText}\r\n\r\n`.length;
  for (const [name, value] of response.headers) headerBytes += name.length + value.length + 4;
  return { status: response.status, bodyBytes: body.length, headerBytes, ms, etag: response.headers.get('etag') };
}

function report(samples: Record<Case, Sample[]>, fullBody: Buffer, dynamoRequests: number): string {
  const rows = (Object.entries(samples) as [Case, Sample[]][]).map(([name, list]) => {
    const first = list[0] as Sample;
    const times = list.map((s) => s.ms);
    return `| ${name} | ${first.status} | ${first.bodyBytes.toLocaleString('en')} | ${first.headerBytes} | ${percentile(times, 50).toFixed(2)} ms | ${percentile(times, 95).toFixed(2)} ms |`;
  });
  const full = samples['APQ GET, no cached copy'];
  const revalidated = samples['APQ GET, If-None-Match (304)'];
  const saved =
    1 - ((revalidated[0]?.bodyBytes ?? 0) + (revalidated[0]?.headerBytes ?? 0)) / ((full[0]?.bodyBytes ?? 1) + (full[0]?.headerBytes ?? 0));
  const speedup =
    percentile(
      full.map((s) => s.ms),
      50,
    ) /
    percentile(
      revalidated.map((s) => s.ms),
      50,
    );
  return `## HTTP caching of the industry-chain model (\`npm run bench:http\`)

${new Date().toISOString().slice(0, 10)} · ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB · load average ${loadavg()[0]?.toFixed(1)} at start · Node ${process.version} · ${ROUNDS} rounds, the three requests interleaved in each.

\`industryChains(locale: en)\` with every chain, stage and segment (model ${zoneIndustryChainModel.version}), anonymous, through the local transport on 127.0.0.1 (what \`npm start\` serves; the Lambda handler applies the same ETag/304 code). Time is client-observed until the last body byte.

| request | status | body bytes | header bytes | p50 | p95 |
|---|---:|---:|---:|---:|---:|
${rows.join('\n')}

- Revalidating with \`If-None-Match\` sends **${(saved * 100).toFixed(1)} %** fewer bytes than the full answer, and is ${speedup.toFixed(2)}× as fast at p50 on loopback; over a real network the saving is the transfer of ${fullBody.length.toLocaleString('en')} bytes (${gzipSync(fullBody).length.toLocaleString('en')} bytes gzip-compressed, e.g. by a CDN; neither transport compresses).
- Within \`max-age\` (3600 s) a browser or CDN with a warm cache sends no request at all: 0 bytes, no server time.
- The 304 path still runs the query: the ETag is a hash of the answer, so the server's work is the same and only the transfer is saved. DynamoDB requests during the run: ${dynamoRequests} (the model is in memory).
`;
}

const database = await startBenchDatabase(TABLE);
try {
  const { store } = database;
  const { url, close } = await startLocalHttp({ store });
  const byHash = `${url}?${new URLSearchParams({ extensions: PERSISTED }).toString()}`;
  const preflight = { 'apollo-require-preflight': 'true' };

  // Register the persisted query once, as a client does after PERSISTED_QUERY_NOT_FOUND.
  const registered = await timed(`${url}?${new URLSearchParams({ query: QUERY, extensions: PERSISTED }).toString()}`, {
    headers: preflight,
  });
  const fullBody = Buffer.from(await (await fetch(byHash, { headers: preflight })).arrayBuffer());
  store.gateway.resetStats();
  const samples: Record<Case, Sample[]> = { 'POST (no cache)': [], 'APQ GET, no cached copy': [], 'APQ GET, If-None-Match (304)': [] };
  for (let round = 0; round < ROUNDS; round++) {
    samples['POST (no cache)'].push(
      await timed(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }) }),
    );
    samples['APQ GET, no cached copy'].push(await timed(byHash, { headers: preflight }));
    samples['APQ GET, If-None-Match (304)'].push(
      await timed(byHash, { headers: { ...preflight, 'if-none-match': registered.etag ?? '' } }),
    );
  }
  const statuses = samples['APQ GET, If-None-Match (304)'].map((s) => s.status);
  if (statuses.some((status) => status !== 304)) throw new Error(`expected only 304s, got ${[...new Set(statuses)].join(', ')}`);
  const markdown = report(samples, fullBody, store.gateway.stats.requests);
  writeBenchmarkSection('http-caching', markdown);
  console.log(markdown);
  await close();
} finally {
  await database.stop();
}
