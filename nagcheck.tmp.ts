import { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import { ChainfitStack } from '/work/main/infra/chainfit-stack.js';
import { stageSettingsFrom } from '/work/main/infra/stage.js';
import { Validations } from 'aws-cdk-lib';
if (process.env.NOACK) (Validations.prototype as unknown as { acknowledge: () => void }).acknowledge = () => {};
const app = new App({ outdir: '/tmp/nagout', context: { stage: process.argv[2] ?? 'dev', 'aws:cdk:bundling-stacks': [] } });
new ChainfitStack(app, 'chainfit-x', { settings: stageSettingsFrom(app.node) });
app.synth();
for (const pack of [new AwsSolutionsChecks(app), new ServerlessChecks(app)]) {
  const r = pack.validateScope(app);
  for (const v of r.violations) console.log(v.severity, v.ruleName, v.violatingResources.map((x) => x.constructPath).join(', '));
}
