/**
 * What pages an operator: CloudWatch alarms on the Lambda, the API and the
 * table, all notifying one encrypted, TLS-only SNS topic; the notification
 * worker adds its own (dead-letter queue depth, stream iterator age, errors)
 * through addAlarm.
 */
import { Duration, type RemovalPolicy } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { Operation, type TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { STORE_OPERATIONS } from '../../functions/store/table-access.js';

const FIVE_MINUTES = Duration.minutes(5);

/** p99 latency that means users wait: well under the 10 s timeout, well over a healthy request. */
export const P99_DURATION_ALARM_MS = 3000;
/** 5xx responses per 5 minutes that page (a single cold-start timeout should not). */
export const API_5XX_ALARM_COUNT = 5;

export interface OperationsAlarmsProps {
  handler: IFunction;
  api: HttpApi;
  table: TableV2;
  removalPolicy: RemovalPolicy;
  notificationEmail?: string;
}

/** The table operations whose throttles and system errors are watched: the ones the store sends. */
export function storeOperations(): Operation[] {
  const known = new Map<string, Operation>(Object.values(Operation).map((operation) => [operation, operation]));
  return STORE_OPERATIONS.map((operation) => {
    const dimension = known.get(operation);
    if (!dimension) throw new Error(`DynamoDB operation ${operation} has no CloudWatch Operation dimension in aws-cdk-lib`);
    return dimension;
  });
}

export class OperationsAlarms extends Construct {
  readonly topic: Topic;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: OperationsAlarmsProps) {
    super(scope, id);
    this.topic = this.createTopic(props.removalPolicy);
    if (props.notificationEmail) this.topic.addSubscription(new EmailSubscription(props.notificationEmail));

    const fn = props.handler;
    this.addAlarm(
      'LambdaErrors',
      'GraphQL Lambda invocations failed (unhandled errors or timeouts)',
      fn.metricErrors({ period: FIVE_MINUTES }),
      1,
    );
    this.addAlarm(
      'LambdaThrottles',
      'GraphQL Lambda invocations were throttled (account concurrency exhausted)',
      fn.metricThrottles({ period: FIVE_MINUTES }),
      1,
    );
    this.addAlarm(
      'LambdaDurationP99',
      `GraphQL Lambda p99 duration above ${P99_DURATION_ALARM_MS} ms for 15 minutes`,
      fn.metricDuration({ period: FIVE_MINUTES, statistic: 'p99' }),
      P99_DURATION_ALARM_MS,
      3,
    );
    this.addAlarm(
      'Api5xx',
      `API returned ${API_5XX_ALARM_COUNT}+ server errors in 5 minutes`,
      props.api.metricServerError({ period: FIVE_MINUTES }),
      API_5XX_ALARM_COUNT,
    );
    const operations = storeOperations();
    this.addAlarm(
      'TableThrottles',
      'DynamoDB throttled store requests',
      props.table.metricThrottledRequestsForOperations({ operations, period: FIVE_MINUTES }),
      1,
    );
    this.addAlarm(
      'TableSystemErrors',
      'DynamoDB answered store requests with system errors (HTTP 500)',
      props.table.metricSystemErrorsForOperations({ operations, period: FIVE_MINUTES }),
      1,
    );
    // No UserErrors alarm: conditional-check failures of concurrent edits count as user errors and are expected.
  }

  /**
   * CloudWatch must use the key to publish to an encrypted topic, and an AWS-managed key's
   * policy cannot grant that, so the topic has its own rotating key.
   */
  private createTopic(removalPolicy: RemovalPolicy): Topic {
    const key = new Key(this, 'TopicKey', {
      description: 'Encrypts the chainfit alarm topic',
      enableKeyRotation: true,
      removalPolicy,
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    return new Topic(this, 'Topic', { displayName: 'chainfit alarms', masterKey: key, enforceSSL: true });
  }

  /** An alarm at or above `threshold` for `evaluationPeriods` periods, notifying the topic on alarm and on recovery. */
  addAlarm(id: string, description: string, metric: IMetric, threshold: number, evaluationPeriods = 1): void {
    const alarm = new Alarm(this, id, {
      alarmDescription: description,
      metric,
      threshold,
      evaluationPeriods,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    const action = new SnsAction(this.topic);
    alarm.addAlarmAction(action);
    alarm.addOkAction(action);
    this.alarms.push(alarm);
  }
}
