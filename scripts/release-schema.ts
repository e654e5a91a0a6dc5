/**
 * `npm run release:schema [-- <release name> [summary]]`: releases the working
 * schema to partner apps. Refuses a breaking change the deprecation policy does
 * not allow; otherwise copies schema.graphql to schema/released.graphql,
 * regenerates docs/api.md and appends the changes to docs/api-changelog.md.
 * The release name defaults to today's date (UTC).
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { writeApiReference } from './api-reference.js';
import { renderChangelogEntry, CHANGELOG_HEADER } from './schema-contract/changelog.js';
import { checkContract } from './schema-contract/compatibility.js';
import { API_CHANGELOG, API_REFERENCE, RELEASED_SCHEMA, WORKING_SCHEMA } from './schema-contract/paths.js';

const [release = new Date().toISOString().slice(0, 10), summary] = process.argv.slice(2);

const working = await readFile(WORKING_SCHEMA, 'utf8');
const released = await readFile(RELEASED_SCHEMA, 'utf8');
const { changes, violations } = await checkContract(released, working);

if (violations.length > 0) {
  for (const violation of violations) console.error(violation.message);
  console.error(`Not released: ${violations.length} breaking change(s) the deprecation policy does not allow.`);
  process.exit(1);
}
if (changes.length === 0) {
  console.log(`Nothing to release: ${WORKING_SCHEMA} equals ${RELEASED_SCHEMA}.`);
  process.exit(0);
}

await writeFile(RELEASED_SCHEMA, working);
await writeApiReference();
const existing = await readFile(API_CHANGELOG, 'utf8').catch(() => '');
if (!existing) await writeFile(API_CHANGELOG, CHANGELOG_HEADER);
await appendFile(API_CHANGELOG, `\n${renderChangelogEntry({ release, changes, ...(summary ? { summary } : {}) })}`);
console.log(`Released ${release}: ${changes.length} change(s); ${RELEASED_SCHEMA}, ${API_REFERENCE} and ${API_CHANGELOG} updated.`);
