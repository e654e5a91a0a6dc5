import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { STORE_OPERATIONS } from '../../functions/store/table-access.js';
import { synthesize } from './synth.js';

type Resource = { Properties: Record<string, unknown> };

describe('alarms', () => {
  let template: Template;
  let topicId: string;
  let alarms: Record<string, unknown>[];

  beforeAll(() => {
    template = synthesize('dev', { bundle: false }).template;
    topicId = Object.keys(template.findResources('AWS::SNS::Topic'))[0] ?? '';
    alarms = (Object.values(template.findResources('AWS::CloudWatch::Alarm')) as Resource[]).map((alarm) => alarm.Properties);
  });

  function metricNames(alarm: Record<string, unknown>): string[] {
    if (typeof alarm.MetricName === 'string') return [alarm.MetricName];
    return ((alarm.Metrics ?? []) as { MetricStat?: { Metric: { MetricName: string } } }[]).flatMap((m) =>
      m.MetricStat ? [m.MetricStat.Metric.MetricName] : [],
    );
  }

  it('watches Lambda errors, throttles and p99 duration, API 5xx, DynamoDB throttles and system errors, and the notification worker', () => {
    const watched = alarms.map((alarm) => [...new Set(metricNames(alarm))].join());
    expect(watched.sort()).toEqual([
      '5xx',
      'ApproximateNumberOfMessagesVisible',
      'Duration',
      'Errors',
      'Errors',
      'Errors',
      'IteratorAge',
      'SystemErrors',
      'ThrottledRequests',
      'Throttles',
    ]);
    expect(alarms.find((alarm) => alarm.MetricName === 'Duration')).toMatchObject({ ExtendedStatistic: 'p99', Threshold: 3000 });
  });

  it('sums DynamoDB throttles over every operation the store sends', () => {
    const throttles = alarms.find((alarm) => metricNames(alarm).includes('ThrottledRequests'));
    const operations = (
      (throttles?.Metrics ?? []) as { MetricStat?: { Metric: { Dimensions: { Name: string; Value: unknown }[] } } }[]
    ).flatMap((m) => m.MetricStat?.Metric.Dimensions.filter((d) => d.Name === 'Operation').map((d) => d.Value) ?? []);
    expect(operations.sort()).toEqual([...STORE_OPERATIONS].sort());
  });

  it('notifies the one alarm topic on alarm and on recovery', () => {
    expect(alarms).toHaveLength(10);
    for (const alarm of alarms) {
      expect(alarm).toMatchObject({ AlarmActions: [{ Ref: topicId }], OKActions: [{ Ref: topicId }], TreatMissingData: 'notBreaching' });
    }
  });

  it('encrypts the topic with a rotating key CloudWatch may use, and refuses non-TLS publishing', () => {
    const keyId = Object.keys(template.findResources('AWS::KMS::Key'))[0];
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    template.hasResourceProperties('AWS::KMS::Key', {
      EnableKeyRotation: true,
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({ Principal: { Service: 'cloudwatch.amazonaws.com' }, Action: ['kms:Decrypt', 'kms:GenerateDataKey*'] }),
        ]),
      },
    });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('pages on any record in the notification dead-letter queue and on a stream lag of 5 minutes for 15', () => {
    const queueId = Object.keys(template.findResources('AWS::SQS::Queue'))[0];
    expect(alarms.find((alarm) => alarm.MetricName === 'ApproximateNumberOfMessagesVisible')).toMatchObject({
      Threshold: 1,
      Statistic: 'Maximum',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
    });
    expect(alarms.find((alarm) => alarm.MetricName === 'IteratorAge')).toMatchObject({
      Threshold: 300_000,
      EvaluationPeriods: 3,
      Statistic: 'Maximum',
    });
  });
});
