/**
 * Configures a CDK app with the chainfit stack for the stage named in context
 * and registers the cdk-nag rule packs. Shared by infra/app.ts (the `cdk` entry) and the infra
 * tests, so the tests check exactly what `cdk synth` produces.
 */
import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { ChainfitStack } from './chainfit-stack.js';
import { stageSettingsFrom } from './stage.js';

export function configureChainfitApp(app: App): ChainfitStack {
  const settings = stageSettingsFrom(app.node);
  const stack = new ChainfitStack(app, `chainfit-${settings.stage}`, {
    settings,
    description: `chainfit GraphQL API (${settings.stage})`,
    tags: { project: 'chainfit', stage: settings.stage },
  });
  // cdk-nag 3 runs as a policy-validation plugin: any unacknowledged finding (error or warning) fails synthesis.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }), new ServerlessChecks(app, { verbose: true }));
  return stack;
}
