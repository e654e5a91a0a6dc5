/**
 * Builds the web console (web/ → web/dist) when its sources changed since the
 * last build: `npm start` calls it so the console at http://localhost:4000/ is
 * never stale, without paying for a Vite build on every start.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WEB_DIR = fileURLToPath(new URL('../web', import.meta.url));
export const CONSOLE_DIST_DIR = join(WEB_DIR, 'dist');
const HASH_FILE = join(CONSOLE_DIST_DIR, '.source-hash');
/** Part of the hash: a change of build settings rebuilds. */
const BUILD_SETTINGS = { mode: 'production' };
/** Inputs of the build besides web/src (generated operations included: they follow schema.graphql). */
const SOURCE_FILES = ['index.html', 'vite.config.ts', 'content-security-policy.ts', 'public/favicon.svg'];

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => (entry.isDirectory() ? filesUnder(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]))),
  );
  return nested.flat();
}

/** A hash over the console's source files, paths and contents, in a stable order. */
export async function consoleSourceHash(webDir = WEB_DIR): Promise<string> {
  const files = [...SOURCE_FILES.map((file) => join(webDir, file)), ...(await filesUnder(join(webDir, 'src')))].sort();
  const hash = createHash('sha256').update(JSON.stringify(BUILD_SETTINGS));
  for (const file of files)
    hash
      .update(relative(webDir, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  return hash.digest('hex');
}

/** Builds the console unless web/dist was built from the same sources; says which happened. */
export async function ensureConsoleBuilt(): Promise<'built' | 'up to date'> {
  const hash = await consoleSourceHash();
  if (existsSync(HASH_FILE) && (await readFile(HASH_FILE, 'utf8')) === hash) return 'up to date';
  // Vite is only needed when building: import it lazily so an up-to-date start stays fast.
  const { build } = await import('vite');
  // Always React's production build: Vite and the React plugin read NODE_ENV, which vitest sets to "test".
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: join(WEB_DIR, 'vite.config.ts'), logLevel: 'warn', ...BUILD_SETTINGS });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  await writeFile(HASH_FILE, hash);
  return 'built';
}
