import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { startDynamoDbLocal } from './scripts/dynamodb-local.js';
import { createDynamoClient } from './functions/store/dynamo-client.js';
import { ensureTable } from './functions/store/table-admin.js';
import { httpApiEvent, lambdaContext } from './test/support/api-gateway-event.js';
const d = await startDynamoDbLocal();
await ensureTable(createDynamoClient({ region: 'local', endpoint: d.endpoint }), 'bench-t1');
const runner = `
import { pathToFileURL } from 'node:url';
const t0 = performance.now();
const { handler } = await import(pathToFileURL(process.argv[2]).href);
const t1 = performance.now();
const ctx = { ...${JSON.stringify(Object.fromEntries(Object.entries(lambdaContext()).filter(([, v]) => typeof v !== 'function')))}, getRemainingTimeInMillis: () => 10000 };
const r = await handler(${JSON.stringify(httpApiEvent({ body: { query: '{ health { status datasetVersion } }' } }))}, ctx);
const t2 = performance.now();
console.error('import', (t1 - t0).toFixed(0), 'first', (t2 - t1).toFixed(0), r.statusCode);
process.exit(0);
`;
writeFileSync('/tmp/prof/run2.mjs', runner);
for (const bundle of [process.argv[2]!]) {
  const r = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', '/tmp/prof', '--cpu-prof-interval', '200', '/tmp/prof/run2.mjs', bundle], {
    env: { NODE_ENV: 'production', TABLE_NAME: 'bench-t1', CURSOR_SECRET: 'x', AWS_REGION: 'local', DYNAMODB_ENDPOINT: d.endpoint, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    encoding: 'utf8',
  });
  console.log(r.stderr, r.stdout.slice(0, 500));
}
await d.stop();
