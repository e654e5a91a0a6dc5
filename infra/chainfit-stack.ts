/**
 * The chainfit stack: table, identity, GraphQL Lambda, HTTP API and alarms,
 * composed from the constructs in ./constructs. Environment-agnostic (no
 * account or region lookups), so it synthesizes offline.
 */
import { CfnOutput, CfnParameter, Duration, Fn, Stack, Validations, type CfnElement, type StackProps } from 'aws-cdk-lib';
import { HttpMethod } from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';
import { STORE_IAM_ACTIONS } from '../functions/store/table-access.js';
import { ChainfitFunction } from './constructs/chainfit-function.js';
import { ChainfitTable } from './constructs/chainfit-table.js';
import { GraphQLApi } from './constructs/graphql-api.js';
import { Identity } from './constructs/identity.js';
import { OperationsAlarms } from './constructs/alarms.js';
import { ConsoleHosting } from './constructs/console.js';
import { NotificationWorker } from './constructs/notification-worker.js';
import { WebhookDelivery } from './constructs/webhook-delivery.js';
import type { StageSettings } from './stage.js';
import { UNSUBSCRIBE_PATH } from '../functions/app/unsubscribe-links.js';

export const REPOSITORY_ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/\/$/, '');
export const GRAPHQL_HANDLER_ENTRY = `${REPOSITORY_ROOT}/functions/graphql/handler.ts`;
/** The .ics agenda's Lambda (docs/events.md): its own function, so the GraphQL bundle carries no calendar library. */
export const CALENDAR_HANDLER_ENTRY = `${REPOSITORY_ROOT}/functions/calendar/handler.ts`;
export const AGENDA_ROUTE_PATH = '/events/{eventId}/agenda.ics';
/** The calendar function only reads: the event, the participation, meetings, organizations and the caller's memberships. */
export const CALENDAR_IAM_ACTIONS = ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:BatchGetItem'] as const;

export interface ChainfitStackProps extends StackProps {
  settings: StageSettings;
}

export class ChainfitStack extends Stack {
  readonly table: ChainfitTable;
  readonly identity: Identity;
  readonly graphql: ChainfitFunction;
  readonly calendar: ChainfitFunction;
  readonly api: GraphQLApi;
  readonly alarms: OperationsAlarms;
  readonly console: ConsoleHosting;
  readonly notifications: NotificationWorker;
  readonly webhooks: WebhookDelivery;

  constructor(scope: Construct, id: string, props: ChainfitStackProps) {
    super(scope, id, props);
    const { settings } = props;
    this.table = new ChainfitTable(this, 'Data', {
      removalPolicy: settings.dataRemovalPolicy,
      deletionProtection: settings.deletionProtection,
    });
    this.identity = new Identity(this, 'Identity', {
      removalPolicy: settings.dataRemovalPolicy,
      deletionProtection: settings.deletionProtection,
      portalOrigins: settings.allowedOrigins,
      partnerApps: settings.partnerApps,
      domainPrefix: settings.authDomainPrefix,
    });
    this.graphql = this.createGraphQLFunction(settings);
    const authorizer = new HttpUserPoolAuthorizer('CognitoAuthorizer', this.identity.userPool, {
      userPoolClients: this.identity.apiClients,
    });
    this.api = new GraphQLApi(this, 'Api', {
      handler: this.graphql.function,
      authorizer,
      allowedOrigins: settings.allowedOrigins,
      throttle: settings.throttle,
      logRetention: settings.logRetention,
      logRemovalPolicy: settings.dataRemovalPolicy,
    });
    this.calendar = this.createCalendarFunction(settings);
    // Same authorizer as /graphql: a request without a valid token never reaches the function.
    this.api.api.addRoutes({
      path: AGENDA_ROUTE_PATH,
      methods: [HttpMethod.GET],
      integration: new HttpLambdaIntegration('Calendar', this.calendar.function),
      authorizer,
    });
    this.alarms = new OperationsAlarms(this, 'Alarms', {
      handler: this.graphql.function,
      api: this.api.api,
      table: this.table.table,
      removalPolicy: settings.dataRemovalPolicy,
      ...(settings.alarmEmail ? { notificationEmail: settings.alarmEmail } : {}),
    });
    this.console = new ConsoleHosting(this, 'Console', {
      api: this.api.api,
      authDomain: this.identity.domain.baseUrl(),
      portalClient: this.identity.portalClient,
      removalPolicy: settings.dataRemovalPolicy,
    });
    this.notifications = this.createNotificationWorker(settings);
    this.webhooks = this.createWebhookDelivery(settings, this.notifications);
    this.addOutputs();
  }

  /** The stream worker and the expiry check, with their alarms on the one topic. */
  private createNotificationWorker(settings: StageSettings): NotificationWorker {
    const mailFrom = new CfnParameter(this, 'NotificationMailFrom', {
      type: 'String',
      description:
        'From address of notification mails (e.g. notifications@zone.example); the address or its domain must be a verified Amazon SES identity in this region',
      allowedPattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      constraintDescription: 'an email address',
    });
    const stackSecret = Fn.select(2, Fn.split('/', this.stackId));
    const worker = new NotificationWorker(this, 'Notifications', {
      table: this.table.table,
      entryRoot: REPOSITORY_ROOT,
      environment: { TABLE_NAME: this.table.table.tableName, CURSOR_SECRET: stackSecret },
      mail: {
        fromAddress: mailFrom.valueAsString,
        // The HMAC message is prefixed 'unsubscribe:', so sharing the stack's secret with cursors cannot forge either.
        unsubscribeSecret: stackSecret,
        unsubscribeUrl: this.api.urlOf(UNSUBSCRIBE_PATH),
        appUrl: this.console.url,
      },
      logRetention: settings.logRetention,
      removalPolicy: settings.dataRemovalPolicy,
    });
    const fiveMinutes = Duration.minutes(5);
    const { streamWorker, expiryCheck, deadLetterQueue } = worker;
    this.alarms.addAlarm(
      'NotificationDeadLetters',
      'Stream records failed every retry and wait in the notification dead-letter queue',
      deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }),
      1,
    );
    this.alarms.addAlarm(
      'NotificationIteratorAge',
      'The notification worker lags the table stream by 5+ minutes for 15 minutes',
      streamWorker.function.metric('IteratorAge', { period: fiveMinutes, statistic: 'Maximum' }),
      300_000,
      3,
    );
    this.alarms.addAlarm(
      'NotificationWorkerErrors',
      'Notification worker invocations failed',
      streamWorker.function.metricErrors({ period: fiveMinutes }),
      1,
    );
    this.alarms.addAlarm(
      'ExpiryCheckErrors',
      'The daily collaboration expiry check failed',
      expiryCheck.function.metricErrors({ period: Duration.hours(1) }),
      1,
    );
    this.api.addPublicRoute(
      UNSUBSCRIBE_PATH,
      'Unsubscribe',
      worker.unsubscribe.function,
      'The one-click unsubscribe link of notification mails (RFC 8058) works without signing in: its HMAC-signed token names the one person whose mail it turns off, and a GET only shows a button.',
    );
    return worker;
  }

  /** Partner webhook deliveries: the queue the workers enqueue into, the delivery Lambda, their alarms. */
  private createWebhookDelivery(settings: StageSettings, worker: NotificationWorker): WebhookDelivery {
    const mailFrom = worker.mailEnvironment.MAIL_FROM ?? '';
    const webhooks = new WebhookDelivery(this, 'Webhooks', {
      table: this.table.table,
      entryRoot: REPOSITORY_ROOT,
      environment: {
        TABLE_NAME: this.table.table.tableName,
        CURSOR_SECRET: Fn.select(2, Fn.split('/', this.stackId)),
        ...worker.mailEnvironment,
      },
      producers: [worker.streamWorker, worker.expiryCheck],
      logRetention: settings.logRetention,
      removalPolicy: settings.dataRemovalPolicy,
    });
    // The disable notice is mailed to the registering administrator through the same SES identity and set.
    worker.grantSendMail(webhooks.deliveryFunction, mailFrom);
    const fiveMinutes = Duration.minutes(5);
    this.alarms.addAlarm(
      'WebhookDeadLetters',
      'Webhook messages failed every receive (the table or the queue failing) and wait in the webhook dead-letter queue',
      webhooks.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }),
      1,
    );
    this.alarms.addAlarm(
      'WebhookDisabled',
      'A partner webhook was disabled after 24 hours of failed deliveries (the registering administrator was mailed)',
      webhooks.disabledMetric.metric({ period: fiveMinutes, statistic: 'Sum' }),
      1,
    );
    this.alarms.addAlarm(
      'WebhookDeliveryErrors',
      'Webhook delivery invocations failed',
      webhooks.deliveryFunction.function.metricErrors({ period: fiveMinutes }),
      1,
    );
    return webhooks;
  }

  private createGraphQLFunction(settings: StageSettings): ChainfitFunction {
    const fn = new ChainfitFunction(this, 'GraphQL', {
      entry: GRAPHQL_HANDLER_ENTRY,
      projectRoot: REPOSITORY_ROOT,
      description: 'chainfit GraphQL API',
      environment: {
        TABLE_NAME: this.table.table.tableName,
        // Pagination cursors are HMAC-signed to be tamper-evident, not secret. The stack's UUID is unique
        // per deployment, stable across updates and free; its value appears in neither the template nor the repo.
        CURSOR_SECRET: Fn.select(2, Fn.split('/', this.stackId)),
      },
      logRetention: settings.logRetention,
      logRemovalPolicy: settings.dataRemovalPolicy,
      reservedConcurrentExecutions: settings.apiReservedConcurrency,
    });
    const { table } = this.table;
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: [...STORE_IAM_ACTIONS], resources: [table.tableArn, `${table.tableArn}/index/*`] }),
    );
    const tableLogicalId = this.getLogicalId(table.node.defaultChild as CfnElement);
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
      reason:
        'Queries run on the table\'s GSIs (functions/store/table-definition.ts); "<table arn>/index/*" covers exactly this table\'s indexes, for the explicit store action list only.',
    });
    return fn;
  }

  private createCalendarFunction(settings: StageSettings): ChainfitFunction {
    const fn = new ChainfitFunction(this, 'Calendar', {
      entry: CALENDAR_HANDLER_ENTRY,
      projectRoot: REPOSITORY_ROOT,
      description: 'chainfit event agenda (.ics)',
      environment: {
        TABLE_NAME: this.table.table.tableName,
        CURSOR_SECRET: Fn.select(2, Fn.split('/', this.stackId)),
      },
      memorySize: 512,
      logRetention: settings.logRetention,
      logRemovalPolicy: settings.dataRemovalPolicy,
      reservedConcurrentExecutions: Math.max(1, Math.floor(settings.apiReservedConcurrency / 10)),
    });
    const { table } = this.table;
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: [...CALENDAR_IAM_ACTIONS], resources: [table.tableArn, `${table.tableArn}/index/*`] }),
    );
    const tableLogicalId = this.getLogicalId(table.node.defaultChild as CfnElement);
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${tableLogicalId}.Arn>/index/*]`,
      reason: 'Reads may query the table\'s GSIs; "<table arn>/index/*" covers exactly this table\'s indexes, for three read actions only.',
    });
    return fn;
  }

  private addOutputs(): void {
    const { identity } = this;
    new CfnOutput(this, 'GraphQLUrl', {
      value: this.api.graphqlUrl,
      description: 'GraphQL endpoint for signed-in users and partner apps (Authorization: Bearer <token>)',
    });
    new CfnOutput(this, 'PublicGraphQLUrl', {
      value: this.api.publicGraphqlUrl,
      description: 'GraphQL endpoint without a token: PUBLIC operations only',
    });
    new CfnOutput(this, 'UserPoolId', { value: identity.userPool.userPoolId });
    new CfnOutput(this, 'PortalClientId', {
      value: identity.portalClient.userPoolClientId,
      description: 'App client of the web portal (no secret)',
    });
    for (const [name, client] of identity.partnerClients) {
      const id = name.replace(/(^|-)([a-z0-9])/g, (_match, _dash, char: string) => char.toUpperCase());
      new CfnOutput(this, `PartnerClientId${id}`, {
        value: client.userPoolClientId,
        description: `Client-credentials app client of partner app "${name}"`,
      });
    }
    new CfnOutput(this, 'AuthDomain', { value: identity.domain.baseUrl(), description: 'Cognito domain (hosted sign-in for the portal)' });
    new CfnOutput(this, 'TokenEndpoint', { value: identity.tokenEndpoint, description: 'OAuth 2.0 token endpoint (client credentials)' });
    new CfnOutput(this, 'ConsoleUrl', {
      value: this.console.url,
      description: 'Web console; /graphql and /public/graphql on the same origin',
    });
    new CfnOutput(this, 'ConsoleBucketName', {
      value: this.console.bucket.bucketName,
      description: 'Upload web/dist here (aws s3 sync web/dist s3://<bucket> --delete)',
    });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarms.topic.topicArn, description: 'Subscribe on-call addresses here' });
  }
}
