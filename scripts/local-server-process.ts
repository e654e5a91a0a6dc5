/**
 * Runs `npm start -- --in-memory` as a child process on a free port with its own
 * dev-issuer key folder, for the browser tests and the console benchmark: the
 * real local server (DynamoDB Local in memory, demo data, console built if stale).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url));
const STARTUP_TIMEOUT_MS = 180_000;
/** start.ts prints this line once GraphQL and the console are served. */
const READY_LINE = 'web console at';

/** A running local server. */
export interface LocalServerProcess {
  /** http://127.0.0.1:<port>/ */
  url: string;
  /** SIGTERM: start.ts stops the HTTP server and DynamoDB Local (no Java left behind); resolves on exit. */
  stop(): Promise<void>;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

function waitForReady(child: ChildProcess, output: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`local server not ready after ${STARTUP_TIMEOUT_MS} ms:\n${output.join('')}`));
    }, STARTUP_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString());
      if (output.join('').includes(READY_LINE)) {
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

/** Starts the local server in memory and waits until it serves. */
export async function startLocalServerProcess(): Promise<LocalServerProcess> {
  const port = await freePort();
  const localDir = mkdtempSync(join(tmpdir(), 'chainfit-local-'));
  const child = spawn(
    process.execPath,
    [join(REPOSITORY_ROOT, 'node_modules/tsx/dist/cli.mjs'), join(REPOSITORY_ROOT, 'scripts/start.ts'), '--in-memory'],
    {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, PORT: String(port), CHAINFIT_LOCAL_DIR: localDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const output: string[] = [];
  try {
    await waitForReady(child, output);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(localDir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(localDir, { recursive: true, force: true });
    },
  };
}
