/**
 * One-time migration: `custom:organizationId` attributes → membership items.
 *
 *   aws cognito-idp list-users --user-pool-id <pool> --output json > users.json
 *   TABLE_NAME=<table> AWS_REGION=<region> npx tsx scripts/migrate-organization-attributes.ts users.json [--apply]
 *
 * Without --apply it prints what it would do. With --apply it writes each
 * membership in its own transaction (an existing membership is left as it
 * is, so running it twice is harmless). docs/deployment.md, "Migrating
 * linked members".
 */
import { readFile } from 'node:fs/promises';
import { ConflictError } from '../functions/core/errors.js';
import { createStore } from '../functions/store/store.js';
import { namedOrganizations, planLegacyMemberships, type CognitoUserExport } from './migration/legacy-memberships.js';
import { localDatabaseFor } from './local-dynamodb-credentials.js';

const [file, flag] = process.argv.slice(2);
const tableName = process.env.TABLE_NAME;
if (!file || !tableName) {
  console.error('usage: TABLE_NAME=<table> AWS_REGION=<region> npx tsx scripts/migrate-organization-attributes.ts <users.json> [--apply]');
  process.exit(2);
}
const { Users: users = [] } = JSON.parse(await readFile(file, 'utf8')) as { Users?: CognitoUserExport[] };
const store = createStore({
  tableName,
  connection: {
    region: process.env.AWS_REGION ?? 'ap-northeast-2',
    ...(process.env.DYNAMODB_ENDPOINT ? { endpoint: process.env.DYNAMODB_ENDPOINT } : {}),
    ...(await localDatabaseFor(process.env.DYNAMODB_ENDPOINT)),
  },
});
const named = namedOrganizations(users);
const found = await store.organizations.getMany(named);
const plan = planLegacyMemberships(users, new Set(found.flatMap((org) => (org ? [org.id] : []))), new Date());

for (const skipped of plan.skipped) console.log(`skip ${skipped.username}: ${skipped.reason}`);
for (const member of plan.members) {
  if (flag !== '--apply') {
    console.log(`would add ${member.subject} to ${member.organizationId} as OWNER`);
    continue;
  }
  try {
    await store.memberships.join(member);
    console.log(`added ${member.subject} to ${member.organizationId} as OWNER`);
  } catch (error) {
    if (!(error instanceof ConflictError)) throw error;
    console.log(`kept ${member.subject} in ${member.organizationId}: already a member`);
  }
}
console.log(
  `${plan.members.length} memberships ${flag === '--apply' ? 'written' : 'planned (run with --apply to write)'}, ${plan.skipped.length} users skipped`,
);
