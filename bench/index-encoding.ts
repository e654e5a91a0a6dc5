/**
 * `npm run bench` (via bench/run.ts): what the candidate index items' encoding
 * costs a search. The same candidates of one sub-partition are written twice
 * into DynamoDB Local, their profiles as JSON text in one string attribute
 * (today) and as nested maps (before), and read through the same code
 * (`matchIndex.candidatesIn`: one Query, projection, parse on read, which
 * accepts both), alternating, at the two read sizes a search uses (300 and
 * 40 items). Writes section `index-encoding` of docs/benchmarks.md.
 */
import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import { candidateQuality, MAX_CANDIDATE_QUALITY } from '../functions/core/fit/candidate-quality.js';
import { matchProfileOf } from '../functions/core/match-profile.js';
import { batchWriteItems } from '../functions/store/batch-write.js';
import { candidateIndexKey, type Item } from '../functions/store/items/keys.js';
import { organizationIndexItems } from '../functions/store/items/organization-index-items.js';
import type { CandidatePartition } from '../functions/store/match-index-repository.js';
import { writeBenchmarkSection } from './benchmarks-doc.js';
import { startBenchDatabase } from './local-stack.js';
import { percentile } from './search-report.js';
import { syntheticOrganizations } from './synthetic-organizations.js';

const CANDIDATES = 300;
const READ_SIZES = [300, 40];
const ROUNDS = 60;
const ENCODINGS = ['JSON text', 'nested maps'] as const;
type Encoding = (typeof ENCODINGS)[number];

const partitionOf = (encoding: Encoding): CandidatePartition => ({
  side: 'OFFERS',
  segmentId: encoding === 'JSON text' ? 'bench.encoding-json' : 'bench.encoding-map',
  country: 'CN',
  group: 'ENTERPRISE',
});

/** The organizations' first index items, moved into the encoding's partition (maps: the profile parsed back). */
function itemsIn(encoding: Encoding): Item[] {
  return syntheticOrganizations(CANDIDATES).map((org) => {
    const item = organizationIndexItems(org)[0] as Item;
    const quality = { value: candidateQuality(matchProfileOf(org)), max: MAX_CANDIDATE_QUALITY };
    const profile: unknown = encoding === 'JSON text' ? item.profile : JSON.parse(item.profile as string);
    return { ...item, ...candidateIndexKey(partitionOf(encoding), quality, org.id), profile };
  });
}

export async function runIndexEncodingBenchmark(): Promise<void> {
  const loadAtStart = loadavg()[0] ?? 0;
  const database = await startBenchDatabase('bench-index-encoding');
  try {
    const { store } = database;
    for (const encoding of ENCODINGS) await batchWriteItems(store.gateway, itemsIn(encoding));
    const timings = new Map<string, number[]>();
    const read = async (encoding: Encoding, limit: number): Promise<void> => {
      const started = performance.now();
      const profiles = await store.matchIndex.candidatesIn(partitionOf(encoding), { limit });
      const key = `${encoding}|${limit}`;
      if (profiles.length !== limit) throw new Error(`${key}: read ${profiles.length} candidates`);
      timings.set(key, [...(timings.get(key) ?? []), performance.now() - started]);
    };
    for (const encoding of ENCODINGS) for (const limit of READ_SIZES) await read(encoding, limit); // warm-up
    timings.clear();
    for (let round = 0; round < ROUNDS; round++)
      for (const limit of READ_SIZES) for (const encoding of ENCODINGS) await read(encoding, limit);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const rows = READ_SIZES.map((limit) => {
      const json = timings.get(`JSON text|${limit}`) ?? [];
      const maps = timings.get(`nested maps|${limit}`) ?? [];
      const ratio = percentile(maps, 50) / percentile(json, 50);
      return `| ${limit} | ${ms(percentile(json, 50))} | ${ms(percentile(json, 99))} | ${ms(percentile(maps, 50))} | ${ms(percentile(maps, 99))} | ${ratio.toFixed(1)}x |`;
    });
    const markdown = [
      '## Candidate index encoding (`bench/index-encoding.ts`)',
      '',
      `Run: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start and ${(loadavg()[0] ?? 0).toFixed(1)} at the end (shared machine). DynamoDB Local.`,
      `The same ${CANDIDATES} synthetic candidates in two sub-partitions, their match profiles as JSON text in one string attribute (today) and as nested maps (before), read by the same code (\`matchIndex.candidatesIn\`: one Query, projection, parse on read), ${ROUNDS} rounds alternating encodings.`,
      '',
      '| items per Query | JSON text p50 | JSON text p99 | nested maps p50 | nested maps p99 | maps / JSON text (p50) |',
      '|---:|---:|---:|---:|---:|---:|',
      ...rows,
      '',
      'A search reads up to 8 Queries of 300 and 32 of 40 such items (docs/matching.md §4): this is the per-item cost that made large tables slower.',
    ].join('\n');
    console.log(`\n${markdown}`);
    writeBenchmarkSection('index-encoding', markdown);
  } finally {
    await database.stop();
  }
}

// `npm run bench:encoding` runs it alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runIndexEncodingBenchmark();
