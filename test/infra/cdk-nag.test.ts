import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { configureChainfitApp } from '../../infra/chainfit-app.js';
import type { Stage } from '../../infra/stage.js';
import { synthesize, temporaryOutdir } from './synth.js';

interface Finding {
  rule: string;
  severity: string;
  path: string;
}

interface Acknowledgement {
  rule: string;
  reason: string;
  path: string;
}

/** Every finding of both packs; `validateScope` is the packs' own entry for checking a construct tree. */
function findings(app: App): Finding[] {
  return [new AwsSolutionsChecks(app), new ServerlessChecks(app)].flatMap((pack) =>
    pack.validateScope(app).violations.flatMap((violation) =>
      violation.violatingResources.map((resource) => ({
        rule: violation.ruleName,
        severity: violation.severity ?? '',
        path: resource.constructPath ?? '',
      })),
    ),
  );
}

/**
 * Our acknowledgements. aws-cdk-lib acknowledges cfn-lint's W3045 itself on a bucket whose ACL it sets
 * (CloudFront's standard logging writes with ACLs); that is not a cdk-nag rule, nor ours.
 */
function acknowledgements(root: IConstruct): Acknowledgement[] {
  return root.node.findAll().flatMap((construct) =>
    construct.node.metadata
      .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
      .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
      .map(([id, reason]) => ({ rule: id.replace(/^annotation::/i, ''), reason, path: construct.node.path }))
      .filter((ack) => !ack.rule.startsWith('CloudFormation-Validate::')),
  );
}

/** The same app with every acknowledgement ignored: what cdk-nag would report without them. */
function unacknowledgedApp(stage: Stage): App {
  const spy = vi.spyOn(Validations.prototype, 'acknowledge').mockImplementation(() => undefined);
  try {
    const app = new App({ outdir: temporaryOutdir('chainfit-nag-'), context: { stage, 'aws:cdk:bundling-stacks': [] } });
    configureChainfitApp(app);
    return app;
  } finally {
    spy.mockRestore();
  }
}

describe('cdk-nag (AwsSolutions and Serverless rule packs)', () => {
  let dev: App;
  let prod: App;

  beforeAll(() => {
    dev = synthesize('dev', { bundle: false }).app;
    prod = synthesize('prod', { bundle: false }).app;
  });

  afterEach(() => vi.restoreAllMocks());

  it('reports no unacknowledged error or warning in dev or prod', () => {
    expect(findings(dev)).toEqual([]);
    expect(findings(prod)).toEqual([]);
  });

  it('fails synthesis when a finding is not acknowledged (the packs are wired into the app)', () => {
    expect(() => unacknowledgedApp('dev').synth()).toThrow(/AwsSolutions-COG8/);
  });

  it('acknowledges only findings that really occur, each with a specific reason', () => {
    const raw = findings(unacknowledgedApp('prod'));
    const acknowledged = acknowledgements(prod);
    expect(acknowledged.length).toBeGreaterThan(0);
    for (const ack of acknowledged) {
      expect(ack.reason.length, `${ack.rule} on ${ack.path}`).toBeGreaterThanOrEqual(60);
      const answered = raw.filter(
        (finding) => finding.rule === ack.rule && (finding.path === ack.path || finding.path.startsWith(`${ack.path}/`)),
      );
      expect(answered, `${ack.rule} acknowledged on ${ack.path} but never reported there`).not.toEqual([]);
    }
    // Conversely: every raw finding is covered by an acknowledgement (same as "nothing left" above, stated directly).
    const uncovered = raw.filter((finding) => !acknowledged.some((ack) => ack.rule === finding.rule && finding.path.startsWith(ack.path)));
    expect(uncovered).toEqual([]);
  });

  it('acknowledges exactly these rules (a new acknowledgement needs review here)', () => {
    const rules = [...new Set(acknowledgements(prod).map((ack) => ack.rule.replace(/\[.*$/, '')))].sort();
    expect(rules).toEqual([
      'AwsSolutions-APIG4',
      'AwsSolutions-CFR1',
      'AwsSolutions-CFR2',
      'AwsSolutions-CFR4',
      'AwsSolutions-COG2',
      'AwsSolutions-COG8',
      'AwsSolutions-IAM4',
      'AwsSolutions-IAM5',
      'AwsSolutions-L1',
      'AwsSolutions-SQS3',
      'Serverless-LambdaDLQ',
      'Serverless-LambdaLatestVersion',
      'Serverless-LambdaTracing',
      'Serverless-SQSRedrivePolicy',
    ]);
  });
});
