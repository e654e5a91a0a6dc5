/**
 * `npm run docs:api`: regenerates docs/api.md from schema.graphql and the
 * access policy (part of `npm run release:schema`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { OPERATION_ACCESS } from '../functions/core/access/policy.js';
import { renderApiReference } from './api-reference/render-reference.js';
import { API_REFERENCE, WORKING_SCHEMA } from './schema-contract/paths.js';

/** Writes docs/api.md; returns whether it changed. */
export async function writeApiReference(): Promise<boolean> {
  const next = renderApiReference(await readFile(WORKING_SCHEMA, 'utf8'), OPERATION_ACCESS);
  const previous = await readFile(API_REFERENCE, 'utf8').catch(() => '');
  if (previous === next) return false;
  await writeFile(API_REFERENCE, next);
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log((await writeApiReference()) ? `${API_REFERENCE} regenerated` : `${API_REFERENCE} is current`);
}
