/**
 * `npm run console:config -- cdk-outputs.json [stackName]` writes web/dist/config.json
 * for a deployed stack, from the outputs file `cdk deploy --outputs-file` writes.
 * Then: `aws s3 sync web/dist s3://<ConsoleBucketName> --delete`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { consoleConfigFromOutputs } from '../infra/console-config.js';
import { CONSOLE_DIST_DIR } from './console-build.js';

const [outputsFile, stackName] = process.argv.slice(2);
if (!outputsFile) {
  console.error('usage: npm run console:config -- <cdk-outputs.json> [stackName]');
  process.exit(2);
}
const stacks = JSON.parse(await readFile(outputsFile, 'utf8')) as Record<string, Record<string, string>>;
const name = stackName ?? Object.keys(stacks).find((key) => key.startsWith('chainfit-'));
const outputs = name ? stacks[name] : undefined;
if (!outputs) {
  console.error(`chainfit: no chainfit stack in ${outputsFile}`);
  process.exit(2);
}
await writeFile(`${CONSOLE_DIST_DIR}/config.json`, `${JSON.stringify(consoleConfigFromOutputs(outputs), null, 2)}\n`);
console.log(`chainfit: wrote ${CONSOLE_DIST_DIR}/config.json for ${name}`);
