/**
 * Synthesizes the chainfit app the way `cdk synth` does (infra/chainfit-app.ts,
 * cdk-nag plugins included, Lambda bundled by local esbuild) into a temporary
 * cloud assembly, once per stage and context per test file, and finds the
 * bundled GraphQL handler in it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import type { CloudAssembly } from 'aws-cdk-lib/cx-api';
import { configureChainfitApp } from '../../infra/chainfit-app.js';
import type { ChainfitStack } from '../../infra/chainfit-stack.js';
import type { Stage } from '../../infra/stage.js';

export interface Synthesis {
  app: App;
  stack: ChainfitStack;
  assembly: CloudAssembly;
  template: Template;
}

export interface SynthesisOptions {
  /** Extra CDK context (`-c key=value`). */
  context?: Record<string, unknown>;
  /** Skip esbuild (template-only checks); the bundle test and the artifact test keep it. */
  bundle?: boolean;
}

const cache = new Map<string, Synthesis>();
const outdirs: string[] = [];
process.once('exit', () => {
  outdirs.forEach((dir) => {
    rmSync(dir, { recursive: true, force: true });
  });
});

/** The app for a stage, synthesized once per test file (validation plugins run: cdk-nag findings fail it). */
export function synthesize(stage: Stage, options: SynthesisOptions = {}): Synthesis {
  const key = JSON.stringify([stage, options]);
  const cached = cache.get(key);
  if (cached) return cached;
  const outdir = temporaryOutdir();
  const context: Record<string, unknown> = { stage, ...options.context };
  // CDK's own switch for "bundle no stack": assets get a placeholder instead of an esbuild run.
  if (options.bundle === false) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ outdir, context });
  const stack = configureChainfitApp(app);
  const assembly = app.synth();
  const synthesis = { app, stack, assembly, template: Template.fromStack(stack) };
  cache.set(key, synthesis);
  return synthesis;
}

/** One of chainfit's Lambda functions (beside them: CDK's BucketDeployment handler), by its description; a probe stack's only function. */
export function chainfitFunction(template: Template, description: string): { logicalId: string; properties: Record<string, unknown> } {
  const all = (
    Object.entries(template.findResources('AWS::Lambda::Function')) as [string, { Properties: Record<string, unknown> }][]
  ).filter(([logicalId]) => !logicalId.startsWith('CustomCDKBucketDeployment'));
  const functions = all.length === 1 ? all : all.filter(([, resource]) => resource.Properties.Description === description);
  if (functions.length !== 1 || !functions[0])
    throw new Error(`expected exactly one Lambda function "${description}", found ${functions.length}`);
  const [logicalId, resource] = functions[0];
  return { logicalId, properties: resource.Properties };
}

/** The GraphQL Lambda function of the template. */
export const graphqlFunction = (template: Template) => chainfitFunction(template, 'chainfit GraphQL API');
/** The .ics agenda's Lambda function. */
export const calendarFunction = (template: Template) => chainfitFunction(template, 'chainfit event agenda (.ics)');

/**
 * The bundled handler file deployed for the function: `Code.S3Key` is
 * `<asset hash>.zip`, and the cloud assembly keeps the asset as `asset.<hash>/`.
 */
export function bundledHandlerFile(synthesis: Pick<Synthesis, 'template' | 'assembly'>, description = 'chainfit GraphQL API'): string {
  const { properties } = chainfitFunction(synthesis.template, description);
  const s3Key = (properties.Code as { S3Key?: unknown }).S3Key;
  if (typeof s3Key !== 'string' || !s3Key.endsWith('.zip')) throw new Error(`unexpected Code.S3Key ${JSON.stringify(s3Key)}`);
  const handler = String(properties.Handler); // "index.handler" → index.mjs (ESM) in the asset folder
  const module = handler.slice(0, handler.lastIndexOf('.'));
  return join(synthesis.assembly.directory, `asset.${s3Key.slice(0, -'.zip'.length)}`, `${module}.mjs`);
}

/** A fresh temporary cloud assembly directory, removed when the test process exits. */
export function temporaryOutdir(prefix = 'chainfit-cdk-'): string {
  const outdir = mkdtempSync(join(tmpdir(), prefix));
  outdirs.push(outdir);
  return outdir;
}

/**
 * The function's environment as the template gives it. Values CloudFormation
 * resolves at deploy time (Ref, Fn::Select…) have no value offline: each must
 * be supplied in `deployTimeValues`, and an unexpected one fails loudly.
 */
export function functionEnvironment(template: Template, deployTimeValues: Record<string, string>): Record<string, string> {
  const { properties } = graphqlFunction(template);
  const variables = (properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables ?? {};
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => {
      if (typeof value === 'string') return [name, value];
      const supplied = deployTimeValues[name];
      if (supplied === undefined) throw new Error(`${name} is resolved at deploy time (${JSON.stringify(value)}): supply a test value`);
      return [name, supplied];
    }),
  );
}
