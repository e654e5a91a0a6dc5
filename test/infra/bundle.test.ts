import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { esbuildBuildOptions } from '../../infra/bundling.js';
import { GRAPHQL_HANDLER_ENTRY } from '../../infra/chainfit-stack.js';
import { bundledHandlerFile, synthesize } from './synth.js';

describe('the bundled GraphQL Lambda artifact', () => {
  let deployedFile: string;
  let reference: { file: string; metafile: Metafile };

  beforeAll(async () => {
    deployedFile = bundledHandlerFile(synthesize('dev'));
    const file = join(mkdtempSync(join(tmpdir(), 'chainfit-bundle-')), 'index.mjs');
    const result = await build(esbuildBuildOptions(GRAPHQL_HANDLER_ENTRY, file));
    reference = { file, metafile: result.metafile! };
  });

  const inputPackages = (): string[] => Object.keys(reference.metafile.inputs).filter((path) => path.includes('node_modules/'));

  it('is bundled at synth time by the local esbuild into a single ESM file', () => {
    expect(readdirSync(dirname(deployedFile))).toEqual(['index.mjs']);
    expect(readFileSync(deployedFile, 'utf8').startsWith("import{createRequire as __chainfitCreateRequire}from'node:module';")).toBe(true);
  });

  it('is byte for byte what infra/bundling.ts builds, so the cold-start benchmark measures the deployed code', () => {
    expect(readFileSync(deployedFile).equals(readFileSync(reference.file))).toBe(true);
  });

  it('carries one build of @apollo/server (ESM), not the CJS build the Lambda integration requires next to it', () => {
    const apollo = inputPackages().filter((path) => path.includes('node_modules/@apollo/server/dist/'));
    expect(apollo.length).toBeGreaterThan(0);
    expect(apollo.filter((path) => path.includes('/dist/cjs/'))).toEqual([]);
  });

  it('takes the AWS SDK\'s tree-shakable ESM builds, not the CommonJS ones', () => {
    const sdk = inputPackages().filter((path) => /node_modules\/@(aws-sdk|smithy)\//.test(path));
    expect(sdk.length).toBeGreaterThan(0);
    expect(sdk.filter((path) => path.includes('/dist-cjs/'))).toEqual([]);
  });

  it('is self-contained: the AWS SDK is inside and only Node built-ins stay external', () => {
    expect(inputPackages().some((path) => path.includes('node_modules/@aws-sdk/client-dynamodb/'))).toBe(true);
    const external = Object.values(reference.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path));
    expect(external.filter((path) => !isBuiltin(path))).toEqual([]);
  });
});
