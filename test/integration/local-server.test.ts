import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, GetItemCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startDynamoDbLocal } from '../../scripts/dynamodb-local.js';
import { demoOrganizations } from '../../scripts/demo/organizations/demo-data-set.js';
import { seedDemoData } from '../../scripts/demo/seed-demo-data.js';
import { SHARED_DATABASE_FILE } from '../../scripts/local-dynamodb-credentials.js';
import { createDynamoClient, type DynamoCredentials } from '../../functions/store/dynamo-client.js';
import { organizationKey } from '../../functions/store/items/keys.js';
import { createStore } from '../../functions/store/store.js';
import { ensureTable } from '../../functions/store/table-admin.js';

/** `npm start` as a user runs it: a real process, real DynamoDB Local, real HTTP. */
interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();

function startLocal(port: number, localDir: string, flags: string[] = [], env: NodeJS.ProcessEnv = {}): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts', ...flags], {
    env: { ...process.env, PORT: String(port), CHAINFIT_LOCAL_DIR: localDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  running.add(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      resolve(code);
    }),
  );
  void exited.then(() => running.delete(child));
  return { child, output: () => output, exited };
}

async function waitForOutput(started: Started, text: string, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!started.output().includes(text)) {
    if (Date.now() > deadline || started.child.exitCode !== null) throw new Error(`did not print "${text}":\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Pids of live processes whose command line contains every fragment (reads /proc, no ps needed). */
async function processesMatching(...fragments: string[]): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    const text = cmdline.split('\0').join(' ');
    if (fragments.every((f) => text.includes(f))) pids.push(Number(entry));
  }
  return pids;
}

async function health(port: number): Promise<{ status: string; dataset: string | null }> {
  const response = await fetch(`http://localhost:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ health { status dataset } }' }),
  });
  return ((await response.json()) as { data: { health: { status: string; dataset: string | null } } }).data.health;
}

/** This machine's IPv4 addresses other than loopback (a container has at least one). */
function externalAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .flatMap((entry) => (entry && entry.family === 'IPv4' && !entry.internal ? [entry.address] : []));
}

function dynamoPortOf(output: string): string {
  const match = /DynamoDB Local at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
  if (!match?.[1]) throw new Error(`no DynamoDB Local port in:\n${output}`);
  return match[1];
}

const LOCAL_TABLE = 'chainfit-local';
const DEMO_ORGANIZATION = demoOrganizations()[0]!;

async function installCredentials(localDir: string): Promise<DynamoCredentials> {
  return JSON.parse(await readFile(join(localDir, 'dynamodb-credentials.json'), 'utf8')) as DynamoCredentials;
}

/** A demo organization's contact, read straight from DynamoDB Local with the given key (no GraphQL, no checks). */
async function contactReadWith(port: string, credentials: DynamoCredentials): Promise<unknown> {
  const store = createStore({ tableName: LOCAL_TABLE, connection: { region: 'local', endpoint: `http://127.0.0.1:${port}`, credentials } });
  const [organization] = await store.organizations.getMany([DEMO_ORGANIZATION.id]);
  return organization?.contact;
}

/**
 * Issue 14, finding 6: what a caller elsewhere on the network gets from DynamoDB Local with made-up
 * credentials, on every address of this machine (it listens on all of them): no tables, no item.
 */
async function expectNothingForOtherKeys(port: string): Promise<void> {
  for (const address of ['127.0.0.1', ...externalAddresses()]) {
    for (const accessKeyId of ['AKIAIOSFODNN7EXAMPLE', 'local', 'dummy']) {
      const client = new DynamoDBClient({
        region: 'local',
        endpoint: `http://${address}:${port}`,
        credentials: { accessKeyId, secretAccessKey: 'dummy' },
        maxAttempts: 1,
      });
      expect((await client.send(new ListTablesCommand({}))).TableNames).toEqual([]);
      const key = organizationKey(DEMO_ORGANIZATION.id);
      await expect(
        client.send(new GetItemCommand({ TableName: LOCAL_TABLE, Key: { pk: { S: key.pk }, sk: { S: key.sk } } })),
      ).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
      client.destroy();
    }
  }
}

// Each case starts real processes (JVM + demo load); on a busy 2-core CI machine that takes a while.
describe('npm start', { timeout: 300_000 }, () => {
  let localDir: string;
  beforeAll(async () => {
    localDir = await mkdtemp(join(tmpdir(), 'chainfit-start-'));
  });
  afterAll(async () => {
    // A failed assertion must not leave servers running: SIGTERM lets each stop its Java.
    await Promise.all([...running].map((child) => new Promise((resolve) => child.once('exit', resolve).kill('SIGTERM'))));
    await rm(localDir, { recursive: true, force: true });
  });

  it('serves GraphQL from DynamoDB Local, refuses a second start on the same port, and leaves no Java behind', async () => {
    const port = await freePort();
    const first = startLocal(port, localDir);
    await waitForOutput(first, 'GraphQL at');
    expect(first.output()).toContain('demo data loaded');
    // Issue 14, finding 6: loopback only unless HOST says otherwise; this machine's other addresses are refused.
    expect(first.output()).toContain(`listening on 127.0.0.1:${port}`);
    for (const address of externalAddresses()) {
      await expect(fetch(`http://${address}:${port}/graphql`, { method: 'POST' })).rejects.toThrow();
    }
    expect(await health(port)).toEqual({ status: 'OK', dataset: 'chainfit-demo' });
    const reference = await fetch(`http://localhost:${port}/docs/api`);
    expect(reference.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(await reference.text()).toBe(await readFile('docs/api.md', 'utf8'));

    const second = startLocal(port, localDir);
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`port ${port} is taken`);

    const javaPort = dynamoPortOf(first.output());
    // Finding 6: DynamoDB Local cannot bind loopback only, so only the install's random key (0600 file) reaches the data.
    const credentials = await installCredentials(localDir);
    expect(credentials.accessKeyId).toMatch(/^[A-Z2-7]{32}$/);
    expect((await stat(join(localDir, 'dynamodb-credentials.json'))).mode & 0o777).toBe(0o600);
    expect((await stat(join(localDir, 'dynamodb'))).mode & 0o777).toBe(0o700);
    expect(await contactReadWith(javaPort, credentials)).toEqual(DEMO_ORGANIZATION.contact);
    await expectNothingForOtherKeys(javaPort);
    expect(await processesMatching('DynamoDBLocal.jar', `-port ${javaPort}`)).toHaveLength(1);
    first.child.kill('SIGINT');
    expect(await first.exited).toBe(0);
    expect(await processesMatching('DynamoDBLocal.jar', `-port ${javaPort}`)).toEqual([]);
  });

  it('stops at once with one actionable line when Java is missing', async () => {
    const started = startLocal(await freePort(), localDir, ['--in-memory'], { PATH: '/nonexistent' });
    expect(await started.exited).toBe(1);
    const lines = started
      .output()
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('chainfit:'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Java 17\+ is required .* install a JDK 17\+/);
    expect(started.output()).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('keeps data across restarts without loading the demo data twice, and --reset starts fresh', async () => {
    const port = await freePort();
    const again = startLocal(port, localDir);
    await waitForOutput(again, 'GraphQL at');
    expect(again.output()).toContain('demo data already present');
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);

    const reset = startLocal(port, localDir, ['--reset']);
    await waitForOutput(reset, 'GraphQL at');
    expect(reset.output()).toContain('demo data loaded');
    reset.child.kill('SIGTERM');
    expect(await reset.exited).toBe(0);
  });

  it('moves data kept in the shared database (before per-install keys) to the install key, then other keys see nothing', async () => {
    const oldDir = await mkdtemp(join(tmpdir(), 'chainfit-shared-'));
    try {
      // As `npm start` kept data before finding 6: DynamoDB Local with -sharedDb, demo data loaded.
      await mkdir(join(oldDir, 'dynamodb'));
      const before = await startDynamoDbLocal({ dataPath: join(oldDir, 'dynamodb') });
      const admin = createDynamoClient({ region: 'local', endpoint: before.endpoint });
      await ensureTable(admin, LOCAL_TABLE);
      admin.destroy();
      await seedDemoData(createStore({ tableName: LOCAL_TABLE, connection: { region: 'local', endpoint: before.endpoint } }));
      await before.stop();
      expect(await readdir(join(oldDir, 'dynamodb'))).toEqual([SHARED_DATABASE_FILE]);

      const port = await freePort();
      const started = startLocal(port, oldDir);
      await waitForOutput(started, 'GraphQL at');
      expect(started.output()).toContain('moved the data kept in');
      expect(started.output()).toContain('demo data already present');
      const credentials = await installCredentials(oldDir);
      const javaPort = dynamoPortOf(started.output());
      expect(await contactReadWith(javaPort, credentials)).toEqual(DEMO_ORGANIZATION.contact);
      await expectNothingForOtherKeys(javaPort);
      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
      expect(await readdir(join(oldDir, 'dynamodb'))).not.toContain(SHARED_DATABASE_FILE);
    } finally {
      await rm(oldDir, { recursive: true, force: true });
    }
  });
});
