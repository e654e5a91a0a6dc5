/**
 * `npm run reindex [-- --apply] [--batch n] [--resume token]`: after an
 * industry-chain model version change, rewrites the listing and index items of
 * every organization and collaboration the new model indexes differently
 * (functions/store/reindex.ts). A dry-run count comes first; see
 * docs/data-model.md, "Model version changes".
 */
import { reindex } from '../functions/store/reindex.js';
import { runMaintenanceCommand } from './maintenance-cli.js';

await runMaintenanceCommand('reindex', reindex);
