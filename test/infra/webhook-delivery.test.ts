import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { WEBHOOK_MAX_RECEIVES } from '../../infra/constructs/webhook-delivery.js';
import { synthesize } from './synth.js';

type Resource = { Properties: Record<string, unknown> };
type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

describe('partner webhook delivery', () => {
  let template: Template;

  beforeAll(() => {
    template = synthesize('dev', { bundle: false }).template;
  });

  const functionNamed = (description: string) =>
    (Object.entries(template.findResources('AWS::Lambda::Function')) as [string, Resource][]).find(
      ([, fn]) => fn.Properties.Description === description,
    );
  const queueIds = () => Object.keys(template.findResources('AWS::SQS::Queue'));
  const webhookQueueId = () => queueIds().find((id) => id.startsWith('WebhooksQueue'))!;
  const webhookDlqId = () => queueIds().find((id) => id.startsWith('WebhooksDeadLetters'))!;
  const statementsOf = (roleId: string): Statement[] =>
    (Object.values(template.findResources('AWS::IAM::Policy')) as Resource[])
      .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(roleId))
      .flatMap((policy) => (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  const roleOf = (functionId: string) => {
    const role = (template.findResources('AWS::Lambda::Function')[functionId] as Resource).Properties.Role as { 'Fn::GetAtt': [string] };
    return role['Fn::GetAtt'][0];
  };

  it('has an encrypted, TLS-only webhook queue whose failing messages go to its own dead-letter queue', () => {
    expect(webhookQueueId()).toBeDefined();
    expect(webhookDlqId()).toBeDefined();
    template.hasResourceProperties('AWS::SQS::Queue', {
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 720,
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [webhookDlqId(), 'Arn'] }, maxReceiveCount: WEBHOOK_MAX_RECEIVES },
    });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: webhookQueueId() }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('runs the delivery Lambda on the queue (Node 22, arm64) with partial batch failures', () => {
    const [deliveryId, delivery] = functionNamed('chainfit partner webhook delivery (SQS)') ?? [];
    expect(delivery?.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Timeout: 120 });
    expect(JSON.stringify(delivery?.Properties.Environment)).toContain('WEBHOOK_QUEUE_URL');
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: deliveryId },
      EventSourceArn: { 'Fn::GetAtt': [webhookQueueId(), 'Arn'] },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BatchSize: 10,
    });
  });

  it('gives the stream worker and the expiry check the queue URL and sqs:SendMessage on this queue only', () => {
    for (const description of ['chainfit notification worker (table stream)', 'chainfit collaboration expiry check (daily)']) {
      const [id, fn] = functionNamed(description)!;
      expect(JSON.stringify(fn.Properties.Environment)).toContain(webhookQueueId());
      const sqs = statementsOf(roleOf(id)).filter((statement) => JSON.stringify(statement.Action).includes('sqs:'));
      const targets = sqs.map((statement) => JSON.stringify(statement.Resource));
      expect(targets).toContain(JSON.stringify({ 'Fn::GetAtt': [webhookQueueId(), 'Arn'] }));
      // Beyond this queue, only the stream worker's own dead-letter queue (its event source mapping's on-failure destination).
      const notificationDlq = queueIds().find((queueId) => queueId.startsWith('NotificationsDeadLetters'));
      for (const target of targets) {
        expect([webhookQueueId(), notificationDlq].some((queueId) => target === JSON.stringify({ 'Fn::GetAtt': [queueId, 'Arn'] }))).toBe(
          true,
        );
      }
      for (const statement of sqs) {
        expect([statement.Action].flat().every((action) => action.startsWith('sqs:Send') || action.startsWith('sqs:GetQueue'))).toBe(true);
      }
    }
  });

  it('scopes the delivery role to the table, this queue and the SES identity: no wildcard actions', () => {
    const [deliveryId] = functionNamed('chainfit partner webhook delivery (SQS)')!;
    const statements = statementsOf(roleOf(deliveryId));
    for (const statement of statements) expect([statement.Action].flat().some((action) => action.endsWith('*'))).toBe(false);
    const actions = statements.flatMap((statement) => [statement.Action].flat());
    expect(actions).toContain('ses:SendEmail');
    expect(actions).toContain('sqs:SendMessage');
    expect(actions).toContain('dynamodb:GetItem');
    expect(actions).not.toContain('dynamodb:Scan');
  });

  it('alarms on the dead-letter queue, on a disabled webhook and on delivery errors', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Resource[];
    const descriptions = alarms.map((alarm) => String(alarm.Properties.AlarmDescription));
    expect(descriptions.some((text) => text.includes('webhook dead-letter queue'))).toBe(true);
    expect(descriptions.some((text) => text.includes('webhook was disabled'))).toBe(true);
    expect(descriptions.some((text) => text.includes('Webhook delivery invocations failed'))).toBe(true);
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      MetricTransformations: [Match.objectLike({ MetricName: 'WebhooksDisabled' })],
    });
  });
});
