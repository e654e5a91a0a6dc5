import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { NOTIFYING_ENTITY_TAGS } from '../../functions/store/items/notifying-entities.js';
import { synthesize } from './synth.js';

type Resource = { Properties: Record<string, unknown> };

describe('the notification worker', () => {
  let template: Template;

  beforeAll(() => {
    template = synthesize('dev', { bundle: false }).template;
  });

  const functionNamed = (description: string) =>
    (Object.entries(template.findResources('AWS::Lambda::Function')) as [string, Resource][]).find(
      ([, fn]) => fn.Properties.Description === description,
    );

  it('runs on the table stream as the API runs: Node 22, arm64, tracing, JSON logs', () => {
    for (const description of ['chainfit notification worker (table stream)', 'chainfit collaboration expiry check (daily)']) {
      expect(functionNamed(description)?.[1].Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        LoggingConfig: expect.objectContaining({ LogFormat: 'JSON' }),
        Timeout: 60,
      });
    }
  });

  it('reports batch item failures, bisects failing batches, retries 3 times, then parks records in the dead-letter queue', () => {
    const [workerId] = functionNamed('chainfit notification worker (table stream)') ?? [];
    const queueId = Object.keys(template.findResources('AWS::SQS::Queue'))[0];
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: workerId },
      EventSourceArn: { 'Fn::GetAtt': [Match.anyValue(), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 3,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } } },
    });
  });

  it('is invoked only for the entities that carry domain events', () => {
    const [mapping] = Object.values(template.findResources('AWS::Lambda::EventSourceMapping')) as Resource[];
    const filters = (mapping?.Properties.FilterCriteria as { Filters: { Pattern: string }[] }).Filters;
    expect(filters.map((filter): unknown => JSON.parse(filter.Pattern))).toEqual([
      { dynamodb: { NewImage: { entity: { S: [...NOTIFYING_ENTITY_TAGS] } } } },
    ]);
  });

  it('encrypts the dead-letter queue, refuses non-TLS access and keeps messages 14 days', () => {
    template.hasResourceProperties('AWS::SQS::Queue', { SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 86_400 });
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('runs the expiry check daily from EventBridge Scheduler', () => {
    const [checkId] = functionNamed('chainfit collaboration expiry check (daily)') ?? [];
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 1 * * ? *)',
      Target: Match.objectLike({ Arn: { 'Fn::GetAtt': [checkId, 'Arn'] }, RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }) }),
    });
  });
});
