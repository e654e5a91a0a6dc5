/**
 * npm run calibrate [-- --l2 <penalty>]: fits the fit model's component
 * weights to the zone's recorded outcomes and prints them next to the current
 * ones with each one's AUC on held-apart matches. Changes nothing.
 *
 * Reads the table named by TABLE_NAME (with DYNAMODB_ENDPOINT for DynamoDB
 * Local, e.g. the one `npm start` runs), like the Lambda does.
 */
import { parseArgs } from 'node:util';
import { loadRuntimeConfig } from '../functions/config.js';
import { storeFromRuntimeConfig } from '../functions/store/store.js';
import { runCalibration } from './calibration-run.js';
import { localDatabaseFor } from './local-dynamodb-credentials.js';

const { values } = parseArgs({ options: { l2: { type: 'string' } } });
const l2 = values.l2 === undefined ? undefined : Number(values.l2);
if (l2 !== undefined && !(l2 > 0)) throw new Error('--l2 must be a positive number');

const config = loadRuntimeConfig();
const store = storeFromRuntimeConfig(config, await localDatabaseFor(config.dynamoEndpoint));
const { text } = await runCalibration(store, l2);
console.log(text);
