/**
 * The command line both maintenance scripts share (npm run reindex, npm run
 * migrate:timestamps): which table (TABLE_NAME, AWS_REGION, and
 * DYNAMODB_ENDPOINT for DynamoDB Local), then always a dry-run count first,
 * and with --apply the rewrite, printing after each batch the token that
 * --resume takes to continue an interrupted run.
 *
 *   --apply           rewrite (without it: count only)
 *   --batch <n>       entities per batch, 1..100 (default 25)
 *   --resume <token>  continue after the batch that printed the token
 */
import { getStringFromEnv } from '../functions/config.js';
import type { MaintenanceOptions, MaintenanceReport } from '../functions/store/maintenance-run.js';
import { createStore, type Store } from '../functions/store/store.js';
import { localDatabaseFor } from './local-dynamodb-credentials.js';

export interface MaintenanceArgs {
  apply: boolean;
  batchSize: number;
  resumeFrom?: string;
}

/** Parses the flags; throws with a one-line message on anything else. */
export function parseMaintenanceArgs(argv: readonly string[]): MaintenanceArgs {
  const args: MaintenanceArgs = { apply: false, batchSize: 25 };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--apply') args.apply = true;
    else if (flag === '--batch') args.batchSize = Number(argv[++i]);
    else if (flag === '--resume') args.resumeFrom = argv[++i] ?? '';
    else throw new Error(`unknown argument ${flag}; use --apply, --batch <n>, --resume <token>`);
  }
  if (!Number.isInteger(args.batchSize) || args.batchSize < 1 || args.batchSize > 100)
    throw new Error('--batch must be an integer from 1 to 100');
  if (args.resumeFrom === '') throw new Error('--resume needs the token a previous run printed');
  return args;
}

/** One line of counts. */
export function describeReport(report: MaintenanceReport): string {
  const unfixable =
    report.unfixable.length > 0
      ? `, ${report.unfixable.length} not fixable (${report.unfixable.map((u) => `${u.id}: ${u.reason}`).join('; ')})`
      : '';
  return `examined ${report.examined}, needing a rewrite ${report.needing}, rewritten ${report.rewritten}, changed concurrently ${report.skippedConcurrent}${unfixable}`;
}

/** Runs a maintenance script from the command line: the dry-run count, then (with --apply) the rewrite. */
export async function runMaintenanceCommand(
  name: string,
  run: (store: Store, options: MaintenanceOptions) => Promise<MaintenanceReport>,
): Promise<void> {
  const args = parseMaintenanceArgs(process.argv.slice(2));
  const endpoint = process.env.DYNAMODB_ENDPOINT;
  const store = createStore({
    tableName: getStringFromEnv('TABLE_NAME'),
    connection: { region: process.env.AWS_REGION ?? 'local', ...(endpoint ? { endpoint } : {}), ...(await localDatabaseFor(endpoint)) },
  });
  const base = { batchSize: args.batchSize, now: new Date(), ...(args.resumeFrom ? { resumeFrom: args.resumeFrom } : {}) };
  console.log(`${name} (dry run): ${describeReport(await run(store, { ...base, apply: false }))}`);
  if (!args.apply) {
    console.log(`${name}: nothing written; rerun with --apply to rewrite`);
    return;
  }
  const onBatch = (report: MaintenanceReport) => {
    console.log(`${name}: ${describeReport(report)}${report.resumeToken ? `; resume with --resume ${report.resumeToken}` : '; done'}`);
  };
  await run(store, { ...base, apply: true, onBatch });
}
