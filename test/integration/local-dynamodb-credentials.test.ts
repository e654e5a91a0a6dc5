import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  adoptSharedDatabase,
  ensurePrivateDataDir,
  loadOrCreateLocalDynamoCredentials,
  localDatabaseFor,
  SHARED_DATABASE_FILE,
} from '../../scripts/local-dynamodb-credentials.js';

/** Issue 14, finding 6: the install's DynamoDB Local key, its file, and the move of data kept under -sharedDb. */
describe('local DynamoDB credentials', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'chainfit-ddb-key-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('generates a random key once, in a file only its owner reads, and returns the same key afterwards', async () => {
    const file = join(dir, 'nested', 'dynamodb-credentials.json');
    const first = await loadOrCreateLocalDynamoCredentials(file);
    expect(first.accessKeyId).toMatch(/^[A-Z2-7]{32}$/);
    expect(first.secretAccessKey.length).toBeGreaterThanOrEqual(40);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateLocalDynamoCredentials(file)).toEqual(first);

    const other = await loadOrCreateLocalDynamoCredentials(join(dir, 'other.json'));
    expect(other.accessKeyId).not.toBe(first.accessKeyId);
  });

  it('tightens a credentials file left readable by others, and refuses one it did not write', async () => {
    const file = join(dir, 'dynamodb-credentials.json');
    await loadOrCreateLocalDynamoCredentials(file);
    await chmod(file, 0o644);
    await loadOrCreateLocalDynamoCredentials(file);
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    await writeFile(file, JSON.stringify({ accessKeyId: 'local', secretAccessKey: 'local' }));
    await expect(loadOrCreateLocalDynamoCredentials(file)).rejects.toThrow(/not a credentials file written by `npm start`/);
  });

  it('gives scripts with a DynamoDB Local endpoint the install key and region, and nothing in AWS or before the first start', async () => {
    const file = join(dir, 'dynamodb-credentials.json');
    expect(await localDatabaseFor('http://127.0.0.1:8000', file)).toEqual({});
    const credentials = await loadOrCreateLocalDynamoCredentials(file);
    expect(await localDatabaseFor(undefined, file)).toEqual({});
    expect(await localDatabaseFor('http://127.0.0.1:8000', file)).toEqual({ credentials, region: 'local' });
  });

  it('moves the shared database to the install key by renaming it, and refuses when both exist', async () => {
    const credentials = await loadOrCreateLocalDynamoCredentials(join(dir, 'key.json'));
    const data = join(dir, 'dynamodb');
    await ensurePrivateDataDir(data);
    expect((await stat(data)).mode & 0o777).toBe(0o700);
    expect(await adoptSharedDatabase(data, credentials, 'local')).toBe('none');

    await writeFile(join(data, SHARED_DATABASE_FILE), 'kept data');
    expect(await adoptSharedDatabase(data, credentials, 'local')).toBe('adopted');
    expect(await readdir(data)).toEqual([`${credentials.accessKeyId}_local.db`]);

    await writeFile(join(data, SHARED_DATABASE_FILE), 'older data');
    await expect(adoptSharedDatabase(data, credentials, 'local')).rejects.toThrow(/npm start -- --reset/);
  });
});
