/**
 * `npm run manifest:web` (part of `npm run build:web`): regenerates
 * web/persisted-query-manifest.json, the console's trusted-document safelist
 * (functions/api/trusted-documents.ts), from the typed operations GraphQL Code
 * Generator's client preset wrote to web/src/generated/graphql.ts. Each body is
 * the document's text exactly as web/src/api/client.ts sends it, so its SHA-256
 * is Apollo's queryHash for the request. The Lambda bundles the committed file;
 * a unit test checks it is current.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { ManifestOperation, PersistedQueryManifest } from '../functions/api/trusted-documents.js';

export const CONSOLE_MANIFEST = 'web/persisted-query-manifest.json';
const GENERATED_DOCUMENTS = 'web/src/generated/graphql.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The operation (not fragment) a document string defines, if any. */
function operationOf(body: string): OperationDefinitionNode | undefined {
  return parse(body).definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
}

/** The manifest entry of one operation document; undefined for a fragment. */
export function manifestOperationOf(body: string): ManifestOperation | undefined {
  const operation = operationOf(body);
  if (!operation?.name) return undefined;
  return { id: sha256(body), name: operation.name.value, type: operation.operation, body };
}

/** The manifest of the given documents, sorted by operation name so regeneration is stable. */
export function consoleManifestOf(bodies: readonly string[]): PersistedQueryManifest {
  const operations = bodies.flatMap((body) => manifestOperationOf(body) ?? []);
  operations.sort((a, b) => a.name.localeCompare(b.name));
  return { format: 'apollo-persisted-query-manifest', version: 1, operations };
}

/** The document strings the client preset generated (run `npm run codegen` first). */
export async function consoleDocuments(): Promise<string[]> {
  // Loaded at run time: the generated module belongs to the web project, not this one's type check.
  const generated = (await import(pathToFileURL(GENERATED_DOCUMENTS).href)) as Record<string, unknown>;
  // TypedDocumentString extends String; fragments are documents too and are dropped by consoleManifestOf.
  return Object.values(generated).flatMap((value) => (value instanceof String ? [value.toString()] : []));
}

/** The manifest file's text for the current console operations. */
export async function renderConsoleManifest(): Promise<string> {
  return `${JSON.stringify(consoleManifestOf(await consoleDocuments()), null, 2)}\n`;
}

/** Writes web/persisted-query-manifest.json; returns whether it changed. */
export async function writeConsoleManifest(): Promise<boolean> {
  const next = await renderConsoleManifest();
  const previous = await readFile(CONSOLE_MANIFEST, 'utf8').catch(() => '');
  if (previous === next) return false;
  await writeFile(CONSOLE_MANIFEST, next);
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log((await writeConsoleManifest()) ? `${CONSOLE_MANIFEST} regenerated` : `${CONSOLE_MANIFEST} is current`);
}
