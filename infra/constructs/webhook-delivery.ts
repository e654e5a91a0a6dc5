/**
 * Partner webhook delivery in AWS (docs/notifications.md, "Partner
 * webhooks"): the webhook queue (SQS, encrypted, TLS only), its dead-letter
 * queue, and the delivery Lambda on the queue (the same consumer npm start
 * runs on its in-process queue) with batch item failures reported. A
 * partner's failing answer is not a Lambda failure: the consumer re-enqueues
 * the message with its backoff delay (DelaySeconds up to 900 s, the attempt
 * count in the body), for 24 hours, then disables the webhook. Only a
 * message whose handling throws (the table or the queue failing) is received
 * again, and after MAX_RECEIVES it goes to the dead-letter queue.
 *
 * Least privilege: the delivery Lambda may use the store's actions on the
 * table and send to the webhook queue; the stream worker and the expiry
 * check (which enqueue) get sqs:SendMessage on this queue only.
 */
import { Duration, Stack, Validations, type CfnElement, type RemovalPolicy } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { FilterPattern, MetricFilter } from 'aws-cdk-lib/aws-logs';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { STORE_IAM_ACTIONS } from '../../functions/store/table-access.js';
import { ChainfitFunction } from './chainfit-function.js';

/** Receives of a message whose handling threw before it goes to the dead-letter queue. */
export const WEBHOOK_MAX_RECEIVES = 5;
/** Delivery timeout: each POST waits at most 10 s; a batch of 10 fits well within this. */
const DELIVERY_TIMEOUT = Duration.seconds(120);

export interface WebhookDeliveryProps {
  table: TableV2;
  entryRoot: string;
  /** TABLE_NAME, CURSOR_SECRET and the mail settings (the disable notice is mailed through SES). */
  environment: Record<string, string>;
  /** The functions that enqueue deliveries (the stream worker, the expiry check). */
  producers: ChainfitFunction[];
  logRetention: RetentionDays;
  removalPolicy: RemovalPolicy;
}

export class WebhookDelivery extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly deliveryFunction: ChainfitFunction;
  /** Webhooks disabled (count of the delivery Lambda's "Webhook disabled" log lines). */
  readonly disabledMetric: MetricFilter;

  constructor(scope: Construct, id: string, props: WebhookDeliveryProps) {
    super(scope, id);
    this.deadLetterQueue = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: props.removalPolicy,
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // Six times the function timeout, as AWS advises for a Lambda event source.
      visibilityTimeout: Duration.seconds(DELIVERY_TIMEOUT.toSeconds() * 6),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: WEBHOOK_MAX_RECEIVES },
      removalPolicy: props.removalPolicy,
    });
    const environment = { ...props.environment, WEBHOOK_QUEUE_URL: this.queue.queueUrl };
    this.deliveryFunction = new ChainfitFunction(this, 'Deliver', {
      entry: `${props.entryRoot}/functions/worker/webhook-handler.ts`,
      projectRoot: props.entryRoot,
      description: 'chainfit partner webhook delivery (SQS)',
      environment,
      logRetention: props.logRetention,
      logRemovalPolicy: props.removalPolicy,
      memorySize: 256,
      timeout: DELIVERY_TIMEOUT,
      dlqAcknowledgement:
        "Invoked by its SQS event source mapping, not asynchronously: messages that keep failing go to the webhook queue's own dead-letter queue (redrive policy).",
    });
    this.deliveryFunction.function.addEventSource(
      new SqsEventSource(this.queue, { batchSize: 10, reportBatchItemFailures: true, maxConcurrency: 5 }),
    );
    Validations.of(this.deliveryFunction.function).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        "An SQS event source mapping has no on-failure destination in Lambda: failed messages go to the queue's redrive dead-letter queue (maxReceiveCount), which has an alarm.",
    });
    const { table } = props;
    this.deliveryFunction.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: [...STORE_IAM_ACTIONS], resources: [table.tableArn, `${table.tableArn}/index/*`] }),
    );
    const tableLogicalId = Stack.of(this).getLogicalId(table.node.defaultChild as CfnElement);
    Validations.of(this.deliveryFunction.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
      reason: '"<table arn>/index/*" covers exactly this table\'s indexes, for the explicit store action list only.',
    });
    // Re-enqueueing with backoff: sqs:SendMessage on this queue only.
    this.queue.grantSendMessages(this.deliveryFunction.role);
    for (const producer of props.producers) {
      this.queue.grantSendMessages(producer.role);
      producer.function.addEnvironment('WEBHOOK_QUEUE_URL', this.queue.queueUrl);
    }
    this.disabledMetric = new MetricFilter(this, 'Disabled', {
      logGroup: this.deliveryFunction.logGroup,
      filterPattern: FilterPattern.stringValue('$.message', '=', 'Webhook disabled'),
      metricNamespace: 'chainfit',
      metricName: 'WebhooksDisabled',
      metricValue: '1',
    });
    const reason =
      'This queue is itself the dead-letter queue of the webhook queue; a dead-letter queue of a dead-letter queue would only move the same messages again.';
    Validations.of(this.deadLetterQueue).acknowledge({ id: 'Serverless-SQSRedrivePolicy', reason });
  }
}
