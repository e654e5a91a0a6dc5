/**
 * Runs a bundled Lambda handler the way the Lambda runtime meets it on a cold
 * start: a fresh Node process that imports the bundle with exactly the
 * environment given, then one invocation. Used by the artifact test
 * (test/integration/lambda-artifact.test.ts) and the cold-start benchmark
 * (bench/cold-start.ts), which reads the timings the process reports.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Context } from 'aws-lambda';

/**
 * The process's own clock: `performance.now()` counts from process start, so
 * `bootMs` is Node's start-up, `importMs` loading the bundle (module init
 * included) and `firstRequestMs` the first invocation. CPU time of import and
 * first request is reported too: on a busy machine it varies far less than
 * wall time.
 */
const RUNNER_SOURCE = `
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const [bundleFile, eventJson, contextJson] = process.argv.slice(2);
const bootMs = performance.now();
const cpuAtBoot = process.cpuUsage();
const { handler } = await import(pathToFileURL(bundleFile).href);
const loadedMs = performance.now();
const context = { ...JSON.parse(contextJson), getRemainingTimeInMillis: () => 10000, done() {}, fail() {}, succeed() {} };
const result = await handler(JSON.parse(eventJson), context);
const servedMs = performance.now();
const cpu = process.cpuUsage(cpuAtBoot);
const coldStartCpuMs = (cpu.user + cpu.system) / 1000;
writeSync(3, JSON.stringify({ result, timings: { bootMs, importMs: loadedMs - bootMs, firstRequestMs: servedMs - loadedMs, coldStartMs: servedMs - bootMs, coldStartCpuMs } }));
// Keep-alive sockets would hold the process open; exit once earlier log output is flushed.
process.stdout.write('', () => process.exit(0));
`;

let runnerFile: string | undefined;

function runner(): string {
  runnerFile ??= join(mkdtempSync(join(tmpdir(), 'chainfit-runner-')), 'invoke-once.mjs');
  writeFileSync(runnerFile, RUNNER_SOURCE);
  return runnerFile;
}

export interface ColdStartTimings {
  bootMs: number;
  importMs: number;
  firstRequestMs: number;
  /** Import plus first request: what a cold start adds on top of the runtime's own boot. */
  coldStartMs: number;
  /** CPU time (user + system, all threads) spent on import plus first request. */
  coldStartCpuMs: number;
}

export interface FreshInvocation<Result> {
  result: Result;
  timings: ColdStartTimings;
  stdout: string;
  stderr: string;
}

export interface FreshInvocationOptions {
  bundleFile: string;
  /** The complete environment of the process: nothing is inherited. */
  env: Record<string, string>;
  event: unknown;
  context: Context;
}

/** Imports the bundle in a new Node process and invokes its `handler` once. */
export async function invokeInFreshProcess<Result>(options: FreshInvocationOptions): Promise<FreshInvocation<Result>> {
  const serializableContext = Object.fromEntries(Object.entries(options.context).filter(([, value]) => typeof value !== 'function'));
  const child = spawn(
    process.execPath,
    [runner(), options.bundleFile, JSON.stringify(options.event), JSON.stringify(serializableContext)],
    {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    },
  );
  const output = { stdout: '', stderr: '', report: '' };
  child.stdout?.on('data', (chunk: Buffer) => (output.stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output.stderr += chunk.toString()));
  (child.stdio[3] as NodeJS.ReadableStream).on('data', (chunk: Buffer) => (output.report += chunk.toString()));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (exitCode !== 0 || !output.report) {
    throw new Error(`bundle ${options.bundleFile} failed in a fresh process (exit ${exitCode}):\n${output.stderr}\n${output.stdout}`);
  }
  const report = JSON.parse(output.report) as { result: Result; timings: ColdStartTimings };
  return { ...report, stdout: output.stdout, stderr: output.stderr };
}
