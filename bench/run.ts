/**
 * `npm run bench`: every benchmark, one after the other. The search benchmark
 * runs in this process; the cold-start benchmark (bench/cold-start.ts, a
 * self-running script) in its own, if present, so its fresh-process timings
 * are not disturbed. Pass --large for the 100,000-organization search run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runSearchBenchmark } from './search.js';

const COLD_START = fileURLToPath(new URL('./cold-start.ts', import.meta.url));

await runSearchBenchmark();

if (existsSync(COLD_START)) {
  console.log('\nCold start (bench/cold-start.ts)');
  const run = spawnSync(process.execPath, ['--import', 'tsx', COLD_START], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
