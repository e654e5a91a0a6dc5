/**
 * The install's own DynamoDB Local credentials (issue 14, finding 6).
 *
 * DynamoDB Local has no bind-address option: it listens on every interface. Started without
 * `-sharedDb` it keeps one database per access key id and region (`<accessKeyId>_<region>.db`) and
 * checks no signature, so the access key id is what guards the data: a caller with any other key
 * sees an empty database. `npm start` therefore generates a random key once per install, keeps it in
 * a git-ignored file readable by its owner only, and every local component uses it.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { DynamoCredentials } from '../functions/store/dynamo-client.js';
import { LOCAL_DYNAMODB_CREDENTIALS_FILE, LOCAL_REGION } from './local-paths.js';

/** The file DynamoDB Local writes with `-sharedDb`, whatever the key. */
export const SHARED_DATABASE_FILE = 'shared-local-instance.db';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** 32 characters of base32 (160 random bits): letters and digits only, as it becomes part of a file name. */
function randomAccessKeyId(): string {
  return [...randomBytes(32)].map((byte) => BASE32[byte % 32]).join('');
}

function isCredentials(value: unknown): value is DynamoCredentials {
  const candidate = value as Partial<DynamoCredentials> | null;
  return (
    typeof candidate?.accessKeyId === 'string' &&
    /^[A-Z2-7]{32}$/.test(candidate.accessKeyId) &&
    typeof candidate.secretAccessKey === 'string' &&
    candidate.secretAccessKey.length > 0
  );
}

/** Reads the install's credentials, generating them (mode 0600) on first use. */
export async function loadOrCreateLocalDynamoCredentials(file = LOCAL_DYNAMODB_CREDENTIALS_FILE): Promise<DynamoCredentials> {
  const existing = await readLocalDynamoCredentials(file);
  if (existing) return existing;
  const credentials: DynamoCredentials = { accessKeyId: randomAccessKeyId(), secretAccessKey: randomBytes(30).toString('base64url') };
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return credentials;
}

/** The install's credentials, or undefined before the first `npm start`. */
export async function readLocalDynamoCredentials(file = LOCAL_DYNAMODB_CREDENTIALS_FILE): Promise<DynamoCredentials | undefined> {
  if (!existsSync(file)) return undefined;
  const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
  if (!isCredentials(parsed)) throw new Error(`${file} is not a credentials file written by \`npm start\`: delete it and restart`);
  // Tightened on every read: an older or copied file may have been created with a looser mode.
  await chmod(file, 0o600);
  return parsed;
}

/**
 * For scripts pointed at a DynamoDB Local endpoint (DYNAMODB_ENDPOINT), spread over their connection: the
 * install's credentials and `npm start`'s region (the pair names DynamoDB Local's database file), so they see
 * the data `npm start` serves. Nothing without an endpoint (AWS) or before the first start.
 */
export async function localDatabaseFor(
  endpoint: string | undefined,
  file = LOCAL_DYNAMODB_CREDENTIALS_FILE,
): Promise<{ credentials?: DynamoCredentials; region?: string }> {
  if (!endpoint) return {};
  const credentials = await readLocalDynamoCredentials(file);
  return credentials ? { credentials, region: LOCAL_REGION } : {};
}

export type SharedDatabaseAdoption = 'none' | 'adopted';

/**
 * Data kept before finding 6 lives in DynamoDB Local's shared database file. Renaming it to the
 * per-key file is the whole migration (verified with the 2026-01-16 jar). Refuses when both exist.
 */
export async function adoptSharedDatabase(
  dataDir: string,
  credentials: DynamoCredentials,
  region: string,
): Promise<SharedDatabaseAdoption> {
  const shared = join(dataDir, SHARED_DATABASE_FILE);
  if (!existsSync(shared)) return 'none';
  const own = join(dataDir, `${credentials.accessKeyId}_${region}.db`);
  if (existsSync(own)) {
    throw new Error(
      `${dataDir} holds both a shared database (${SHARED_DATABASE_FILE}, from before per-install credentials) and this install's own: run \`npm start -- --reset\` to start fresh`,
    );
  }
  await rename(shared, own);
  return 'adopted';
}

/** The data folder, readable by its owner only: its file names carry the access key id. */
export async function ensurePrivateDataDir(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  await chmod(dataDir, 0o700);
}
