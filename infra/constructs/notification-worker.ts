/**
 * The notification worker in AWS: a Lambda on the table's stream (the same
 * handler npm start runs on DynamoDB Local's stream), its event source
 * mapping (batch item failures reported, failing batches bisected, a bounded
 * number of retries, records that still fail sent to an SQS dead-letter
 * queue), and the daily collaboration expiry check on EventBridge Scheduler.
 */
import { Duration, Stack, Validations, type CfnElement, type RemovalPolicy } from 'aws-cdk-lib';
import { StartingPosition, FilterCriteria, FilterRule } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ITable, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { LambdaInvoke } from 'aws-cdk-lib/aws-scheduler-targets';
import { Construct } from 'constructs';
import { STORE_IAM_ACTIONS } from '../../functions/store/table-access.js';
import { NOTIFYING_ENTITY_TAGS } from '../../functions/store/items/notifying-entities.js';
import { ChainfitFunction } from './chainfit-function.js';

/** Retries of a failing batch before its records go to the dead-letter queue (the local delivery uses the same bound). */
export const STREAM_RETRY_ATTEMPTS = 3;
/** Records per invocation: the worker writes a few items per record, well within one invocation. */
export const STREAM_BATCH_SIZE = 100;

export interface NotificationWorkerProps {
  table: TableV2;
  entryRoot: string;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  removalPolicy: RemovalPolicy;
}

/**
 * A TableV2 where the stream event source asks for an ITable. aws-cdk-lib declares
 * TableV2.tableStreamArn as `string | undefined` and ITable.tableStreamArn as an optional
 * `string`, which exactOptionalPropertyTypes tells apart; the table has a stream.
 */
const streamTableRef = (table: TableV2): ITable => table as ITable;

export class NotificationWorker extends Construct {
  readonly streamWorker: ChainfitFunction;
  readonly expiryCheck: ChainfitFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: NotificationWorkerProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: props.removalPolicy,
    });
    this.streamWorker = this.workerFunction(
      'StreamWorker',
      `${props.entryRoot}/functions/worker/handler.ts`,
      'chainfit notification worker (table stream)',
      props,
    );
    this.streamWorker.function.addEventSource(
      new DynamoEventSource(streamTableRef(props.table), {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: STREAM_BATCH_SIZE,
        bisectBatchOnError: true,
        reportBatchItemFailures: true,
        retryAttempts: STREAM_RETRY_ATTEMPTS,
        maxRecordAge: Duration.days(1),
        onFailure: new SqsDlq(this.deadLetterQueue),
        // Only matches and organizations carry domain events: listing, index and notification items never invoke the worker.
        filters: [FilterCriteria.filter({ dynamodb: { NewImage: { entity: { S: FilterRule.or(...NOTIFYING_ENTITY_TAGS) } } } })],
      }),
    );
    props.table.grantStreamRead(this.streamWorker.role);

    this.expiryCheck = this.workerFunction(
      'ExpiryCheck',
      `${props.entryRoot}/functions/worker/expiry-handler.ts`,
      'chainfit collaboration expiry check (daily)',
      props,
    );
    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com'),
      description: 'Lets EventBridge Scheduler invoke the daily collaboration expiry check',
    });
    new Schedule(this, 'DailyExpiryCheck', {
      description: 'Warns owners of collaborations expiring in 14 days and tells them of expired ones',
      schedule: ScheduleExpression.cron({ minute: '0', hour: '1' }),
      target: new LambdaInvoke(this.expiryCheck.function, { retryAttempts: 2, role: schedulerRole }),
    });
    const checkLogicalId = Stack.of(this).getLogicalId(this.expiryCheck.function.node.defaultChild as CfnElement);
    Validations.of(schedulerRole).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${checkLogicalId}.Arn>:*]`,
      reason:
        'The scheduler target grants lambda:InvokeFunction on the expiry check function and its versions ("<arn>:*"); nothing beyond that one function.',
    });
    this.acknowledgeFindings();
  }

  private workerFunction(id: string, entry: string, description: string, props: NotificationWorkerProps): ChainfitFunction {
    const fn = new ChainfitFunction(this, id, {
      entry,
      projectRoot: props.entryRoot,
      description,
      environment: props.environment,
      logRetention: props.logRetention,
      logRemovalPolicy: props.removalPolicy,
      memorySize: 512,
      timeout: Duration.seconds(60),
      dlqAcknowledgement:
        "Not invoked asynchronously by a caller to answer: failed stream records go to the event source mapping's SQS dead-letter queue, and the scheduler retries the daily check.",
    });
    const { table } = props;
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: [...STORE_IAM_ACTIONS], resources: [table.tableArn, `${table.tableArn}/index/*`] }),
    );
    const tableLogicalId = Stack.of(this).getLogicalId(table.node.defaultChild as CfnElement);
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
      reason:
        'The worker reads notifications and collaborations through the table\'s GSIs; "<table arn>/index/*" covers exactly this table\'s indexes, for the explicit store action list only.',
    });
    return fn;
  }

  private acknowledgeFindings(): void {
    const reason =
      'This queue is itself the dead-letter queue of the stream worker; a dead-letter queue (redrive policy) of a dead-letter queue would only move the same records again.';
    Validations.of(this.deadLetterQueue).acknowledge({ id: 'AwsSolutions-SQS3', reason }, { id: 'Serverless-SQSRedrivePolicy', reason });
  }
}
