/**
 * `npm run migrate:timestamps [-- --apply] [--batch n] [--resume token]`: the
 * one-time migration of stored collaboration expiries to UTC ISO 8601
 * (functions/store/timestamp-migration.ts). Idempotent: a second run counts
 * nothing. A dry-run count comes first; see docs/data-model.md, "Time format".
 */
// Old values such as 06/30/2027 were read in the Lambda's time zone, UTC: read them the same way.
process.env.TZ = 'UTC';
const { migrateTimestamps } = await import('../functions/store/timestamp-migration.js');
const { runMaintenanceCommand } = await import('./maintenance-cli.js');

await runMaintenanceCommand('migrate:timestamps', migrateTimestamps);
