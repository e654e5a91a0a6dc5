/**
 * `npm run bench`: every benchmark, one after the other. The search, index-encoding and
 * event-scheduling benchmarks run in this process; the request-overhead and cold-start benchmarks
 * (self-running scripts) each in their own, so their timings are not
 * disturbed. Pass --large for the 100,000-organization search run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runSearchBenchmark } from './search.js';
import { runIndexEncodingBenchmark } from './index-encoding.js';
import { runEventSchedulingBenchmark } from './event-scheduling.js';

const SCRIPTS = [
  { title: 'Refusing abusive requests (bench/abuse.ts)', file: fileURLToPath(new URL('./abuse.ts', import.meta.url)) },
  { title: 'Per-request overhead (bench/request-overhead.ts)', file: fileURLToPath(new URL('./request-overhead.ts', import.meta.url)) },
  { title: 'Cold start (bench/cold-start.ts)', file: fileURLToPath(new URL('./cold-start.ts', import.meta.url)) },
];

await runSearchBenchmark();
await runIndexEncodingBenchmark();
runEventSchedulingBenchmark();

for (const script of SCRIPTS.filter((each) => existsSync(each.file))) {
  console.log(`\n${script.title}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', script.file], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
