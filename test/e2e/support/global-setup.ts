/**
 * Starts ONE local server for the browser tests, exactly as `npm start -- --in-memory`
 * runs it (DynamoDB Local in memory, demo data, the console built if stale), on a
 * free port with its own dev-issuer key folder, and stops it (and its Java) after the run.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    consoleUrl: string;
  }
}

const STARTUP_TIMEOUT_MS = 180_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function waitForReady(child: ChildProcess, output: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`local server not ready after ${STARTUP_TIMEOUT_MS} ms:\n${output.join('')}`)), STARTUP_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes('web console at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`local server exited (${code}):\n${output.join('')}`));
    });
  });
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const port = await freePort();
  const localDir = mkdtempSync(join(tmpdir(), 'chainfit-e2e-'));
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/start.ts', '--in-memory'], {
    env: { ...process.env, PORT: String(port), CHAINFIT_LOCAL_DIR: localDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  try {
    await waitForReady(child, output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  project.provide('consoleUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // SIGTERM: start.ts stops the HTTP server and DynamoDB Local (no Java left behind).
    child.kill('SIGTERM');
    await exited;
    rmSync(localDir, { recursive: true, force: true });
  };
}
