/**
 * The notification worker in AWS: a Lambda on the table's stream (the same
 * handler npm start runs on DynamoDB Local's stream), its event source
 * mapping (batch item failures reported, failing batches bisected, a bounded
 * number of retries, records that still fail sent to an SQS dead-letter
 * queue), and the daily collaboration expiry check on EventBridge Scheduler.
 * Both mail through Amazon SES v2: from the stack's sender address, through a
 * configuration set that uses the account-level suppression list for bounces
 * and complaints, with IAM scoped to that sender's identity and the set; the
 * one-click unsubscribe link is served by its own small Lambda.
 */
import { Duration, Fn, Stack, Validations, type CfnElement, type RemovalPolicy } from 'aws-cdk-lib';
import { StartingPosition, FilterCriteria, FilterRule } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ITable, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { ConfigurationSet, ConfigurationSetTlsPolicy, SuppressionReasons } from 'aws-cdk-lib/aws-ses';
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

/** How the workers mail (AWS: SES v2). */
export interface NotificationMailProps {
  /** The From address; its address or its domain must be a verified SES identity (a stack parameter). */
  fromAddress: string;
  /** Signs the one-click unsubscribe links. */
  unsubscribeSecret: string;
  /** Where the unsubscribe route is served (the HTTP API's /unsubscribe). */
  unsubscribeUrl: string;
  /** Where a reader opens chainfit (the web console). */
  appUrl: string;
}

export interface NotificationWorkerProps {
  table: TableV2;
  mail: NotificationMailProps;
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
  readonly mailConfigurationSet: ConfigurationSet;
  /** Serves GET/POST /unsubscribe (the stack routes it on the HTTP API). */
  readonly unsubscribe: ChainfitFunction;

  constructor(scope: Construct, id: string, props: NotificationWorkerProps) {
    super(scope, id);
    this.mailConfigurationSet = new ConfigurationSet(this, 'Mail', {
      // Bounces and complaints put the address on the account-level suppression list: SES stops sending to it.
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
    });
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: props.removalPolicy,
    });
    const mailEnvironment = {
      MAIL_FROM: props.mail.fromAddress,
      MAIL_CONFIGURATION_SET: this.mailConfigurationSet.configurationSetName,
      UNSUBSCRIBE_SECRET: props.mail.unsubscribeSecret,
      UNSUBSCRIBE_URL: props.mail.unsubscribeUrl,
      APP_URL: props.mail.appUrl,
    };
    const mailing = { ...props, environment: { ...props.environment, ...mailEnvironment } };
    this.streamWorker = this.workerFunction(
      'StreamWorker',
      `${props.entryRoot}/functions/worker/handler.ts`,
      'chainfit notification worker (table stream)',
      mailing,
    );
    this.grantSendMail(this.streamWorker, props.mail.fromAddress);
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
      mailing,
    );
    this.grantSendMail(this.expiryCheck, props.mail.fromAddress);
    this.unsubscribe = this.workerFunction(
      'Unsubscribe',
      `${props.entryRoot}/functions/worker/unsubscribe-handler.ts`,
      'chainfit one-click unsubscribe (GET/POST /unsubscribe)',
      { ...props, environment: { ...props.environment, UNSUBSCRIBE_SECRET: props.mail.unsubscribeSecret } },
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

  /**
   * ses:SendEmail for the sender's identity only (the address, or its domain when
   * the domain is the verified identity), through this stack's configuration set,
   * and only with the stack's From address.
   */
  private grantSendMail(fn: ChainfitFunction, fromAddress: string): void {
    const stack = Stack.of(this);
    const identityArn = (identity: string) => stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity });
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['ses:SendEmail'],
        resources: [
          identityArn(fromAddress),
          identityArn(Fn.select(1, Fn.split('@', fromAddress))),
          stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: this.mailConfigurationSet.configurationSetName }),
        ],
        conditions: { StringEquals: { 'ses:FromAddress': fromAddress } },
      }),
    );
  }

  private acknowledgeFindings(): void {
    const reason =
      'This queue is itself the dead-letter queue of the stream worker; a dead-letter queue (redrive policy) of a dead-letter queue would only move the same records again.';
    Validations.of(this.deadLetterQueue).acknowledge({ id: 'AwsSolutions-SQS3', reason }, { id: 'Serverless-SQSRedrivePolicy', reason });
  }
}
