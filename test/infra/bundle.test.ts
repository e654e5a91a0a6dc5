import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { App, RemovalPolicy, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { build, type Metafile } from 'esbuild';
import { esbuildBuildOptions, MAX_HANDLER_BUNDLE_BYTES } from '../../infra/bundling.js';
import { GRAPHQL_HANDLER_ENTRY, REPOSITORY_ROOT } from '../../infra/chainfit-stack.js';
import { ChainfitFunction } from '../../infra/constructs/chainfit-function.js';
import { bundledHandlerFile, synthesize, temporaryOutdir } from './synth.js';

/** Bundles an entry with the esbuild JS API and the shared settings (what the benchmark does). */
async function referenceBuild(entry: string): Promise<{ file: string; metafile: Metafile }> {
  const file = join(mkdtempSync(join(tmpdir(), 'chainfit-bundle-')), 'index.mjs');
  const result = await build(esbuildBuildOptions(entry, file));
  return { file, metafile: result.metafile! };
}

/** Bundles an entry through the stack's Lambda construct (NodejsFunction, esbuild CLI). */
function constructBuild(entry: string): string {
  const app = new App({ outdir: temporaryOutdir() });
  const stack = new Stack(app, 'BundlingProbe');
  new ChainfitFunction(stack, 'GraphQL', {
    entry,
    projectRoot: REPOSITORY_ROOT,
    description: 'bundling probe',
    environment: {},
    logRetention: RetentionDays.ONE_DAY,
    logRemovalPolicy: RemovalPolicy.DESTROY,
  });
  const assembly = app.synth();
  return bundledHandlerFile({ template: Template.fromStack(stack), assembly }, 'bundling probe');
}

describe('the bundled GraphQL Lambda artifact', () => {
  let deployedFile: string;
  let reference: { file: string; metafile: Metafile };

  beforeAll(async () => {
    deployedFile = bundledHandlerFile(synthesize('dev'));
    reference = await referenceBuild(GRAPHQL_HANDLER_ENTRY);
  });

  const inputPackages = (): string[] => Object.keys(reference.metafile.inputs).filter((path) => path.includes('node_modules/'));

  it('is bundled at synth time by the local esbuild into a single ESM file', () => {
    expect(readdirSync(dirname(deployedFile))).toEqual(['index.mjs']);
    expect(readFileSync(deployedFile, 'utf8').startsWith("import{createRequire as __chainfitCreateRequire}from'node:module';")).toBe(true);
  });

  it('is byte for byte what infra/bundling.ts builds, so the cold-start benchmark measures what ships', async () => {
    // A fixed entry (the benchmark's baseline) keeps the comparison independent of edits made meanwhile.
    const entry = `${REPOSITORY_ROOT}/bench/fixtures/minimal-apollo-handler.ts`;
    const viaConstruct = constructBuild(entry);
    const viaApi = await referenceBuild(entry);
    expect(readFileSync(viaConstruct).equals(readFileSync(viaApi.file))).toBe(true);
  });

  it('carries one build of @apollo/server (ESM), not the CJS build the Lambda integration requires next to it', () => {
    const apollo = inputPackages().filter((path) => path.includes('node_modules/@apollo/server/dist/'));
    expect(apollo.length).toBeGreaterThan(0);
    expect(apollo.filter((path) => path.includes('/dist/cjs/'))).toEqual([]);
  });

  it("takes the AWS SDK's tree-shakable ESM builds, not the CommonJS ones", () => {
    const sdk = inputPackages().filter((path) => /node_modules\/@(aws-sdk|smithy)\//.test(path));
    expect(sdk.length).toBeGreaterThan(0);
    expect(sdk.filter((path) => path.includes('/dist-cjs/'))).toEqual([]);
  });

  it(`stays under ${MAX_HANDLER_BUNDLE_BYTES / 1e6} MB minified`, () => {
    expect(readFileSync(deployedFile).length).toBeLessThan(MAX_HANDLER_BUNDLE_BYTES);
  });

  it('leaves out what Apollo Server would carry but chainfit never runs: usage reporting, graphql-tools, sha.js', () => {
    const unused = ['@apollo/usage-reporting-protobuf', '@apollo/utils.usagereporting', '@graphql-tools/', 'sha.js'];
    expect(inputPackages().filter((path) => unused.some((name) => path.includes(`node_modules/${name}`)))).toEqual([]);
  });

  it('is self-contained: the AWS SDK is inside and only Node built-ins stay external', () => {
    expect(inputPackages().some((path) => path.includes('node_modules/@aws-sdk/client-dynamodb/'))).toBe(true);
    const external = Object.values(reference.metafile.outputs).flatMap((output) =>
      output.imports.filter((i) => i.external).map((i) => i.path),
    );
    expect(external.filter((path) => !isBuiltin(path))).toEqual([]);
  });
});
