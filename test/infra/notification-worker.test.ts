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
    // Meeting request changes (matchmaking events) reach the worker too.
    expect(JSON.parse(filters[0]?.Pattern ?? '{}').dynamodb.NewImage.entity.S).toContain('EVENT_MEETING');
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

  it('mails the daily and weekly digests from EventBridge Scheduler, on the scheduled-jobs function', () => {
    const [checkId] = functionNamed('chainfit collaboration expiry check (daily)') ?? [];
    for (const [expression, frequency] of [
      ['cron(0 0 * * ? *)', 'DAILY'],
      ['cron(30 0 ? * MON *)', 'WEEKLY'],
    ]) {
      template.hasResourceProperties('AWS::Scheduler::Schedule', {
        ScheduleExpression: expression,
        Target: Match.objectLike({ Arn: { 'Fn::GetAtt': [checkId, 'Arn'] }, Input: JSON.stringify({ digest: frequency }) }),
      });
    }
  });

  it('mails through SES v2: a configuration set on the account suppression list, the From address a stack parameter, IAM scoped to its identity', () => {
    template.hasParameter('NotificationMailFrom', { Type: 'String' });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
    const [setId] = Object.keys(template.findResources('AWS::SES::ConfigurationSet'));
    for (const description of ['chainfit notification worker (table stream)', 'chainfit collaboration expiry check (daily)']) {
      const [id, fn] = functionNamed(description) ?? [];
      expect(fn?.Properties.Environment).toMatchObject({
        Variables: expect.objectContaining({
          MAIL_FROM: { Ref: 'NotificationMailFrom' },
          MAIL_CONFIGURATION_SET: { Ref: setId },
          UNSUBSCRIBE_URL: expect.anything(),
          UNSUBSCRIBE_SECRET: expect.anything(),
          APP_URL: expect.anything(),
        }),
      });
      const roleId = (fn?.Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
      const policies = Object.values(template.findResources('AWS::IAM::Policy')) as Resource[];
      const statements = policies
        .filter((policy) => (policy.Properties.Roles as { Ref: string }[]).some((role) => role.Ref === roleId))
        .flatMap(
          (policy) =>
            (policy.Properties.PolicyDocument as { Statement: { Action: unknown; Resource: unknown; Condition?: unknown }[] }).Statement,
        );
      const send = statements.filter((statement) => JSON.stringify(statement.Action).includes('ses:'));
      expect([id, send]).toEqual([
        id,
        [
          expect.objectContaining({
            Action: 'ses:SendEmail',
            Condition: { StringEquals: { 'ses:FromAddress': { Ref: 'NotificationMailFrom' } } },
          }),
        ],
      ]);
      const resources = JSON.stringify(send[0]?.Resource);
      expect(resources).toContain(':identity/');
      expect(resources).toContain('NotificationMailFrom');
      expect(resources).toContain(`:configuration-set/`);
      expect(resources).not.toContain('"*"');
    }
  });

  it('serves the one-click unsubscribe link without sign-in on the HTTP API', () => {
    const [unsubscribeId] = functionNamed('chainfit one-click unsubscribe (GET/POST /unsubscribe)') ?? [];
    expect(unsubscribeId).toBeDefined();
    for (const method of ['GET', 'POST']) {
      template.hasResourceProperties('AWS::ApiGatewayV2::Route', { RouteKey: `${method} /unsubscribe`, AuthorizationType: 'NONE' });
    }
  });
});
