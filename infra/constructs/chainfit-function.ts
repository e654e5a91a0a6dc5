/**
 * The defaults every chainfit Lambda shares, in one construct: Node 22 on
 * arm64, bundled locally by esbuild (infra/bundling.ts), X-Ray tracing, JSON
 * logs into an explicit log group with retention, and a role that can write
 * only that log group (no AWS managed policies). Callers add what is specific:
 * entry, environment and data access.
 */
import { Duration, Validations, type RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, ApplicationLogLevel, LoggingFormat, SystemLogLevel, Tracing } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { FUNCTION_RUNTIME, nodejsBundlingOptions } from '../bundling.js';

/** Environment every function gets; production mode hides introspection and internal errors. */
export const FUNCTION_BASE_ENVIRONMENT = { NODE_ENV: 'production' } as const;

export interface ChainfitFunctionProps {
  /** Absolute path of the TypeScript handler module (exporting `handler`). */
  entry: string;
  /** Repository root: esbuild runs here and finds tsconfig.json and node_modules. */
  projectRoot: string;
  description: string;
  environment: Record<string, string>;
  logRetention: RetentionDays;
  /** Whether the log group outlives the stack. */
  logRemovalPolicy: RemovalPolicy;
  /** 1024 MB by default: Lambda scales CPU with memory, and GraphQL parsing/validation is CPU-bound. */
  memorySize?: number;
  timeout?: Duration;
  /** Why the function needs no asynchronous-invocation DLQ; the API function's reason by default. */
  dlqAcknowledgement?: string;
  /** Instances reserved for (and the most that may run of) this function; none when absent. */
  reservedConcurrentExecutions?: number;
}

export class ChainfitFunction extends Construct {
  readonly function: NodejsFunction;
  readonly logGroup: LogGroup;
  readonly role: Role;

  constructor(scope: Construct, id: string, props: ChainfitFunctionProps) {
    super(scope, id);
    this.logGroup = new LogGroup(this, 'Logs', { retention: props.logRetention, removalPolicy: props.logRemovalPolicy });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.description}`,
    });
    // Instead of AWSLambdaBasicExecutionRole (logs:* on every log group): this log group only.
    this.logGroup.grantWrite(this.role);

    this.function = new NodejsFunction(this, 'Function', {
      entry: props.entry,
      handler: 'handler',
      projectRoot: props.projectRoot,
      depsLockFilePath: `${props.projectRoot}/package-lock.json`,
      description: props.description,
      runtime: FUNCTION_RUNTIME,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(10),
      role: this.role,
      tracing: Tracing.ACTIVE,
      logGroup: this.logGroup,
      loggingFormat: LoggingFormat.JSON,
      // INFO, not WARN: the audit trail of mutations is logged at INFO (functions/api/logger.ts).
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.WARN,
      // Reserved: abuse cannot take the account's whole concurrency (the account must keep 100 unreserved).
      ...(props.reservedConcurrentExecutions === undefined ? {} : { reservedConcurrentExecutions: props.reservedConcurrentExecutions }),
      environment: { ...FUNCTION_BASE_ENVIRONMENT, ...props.environment },
      bundling: nodejsBundlingOptions(),
    });
    this.acknowledgeFindings(props.dlqAcknowledgement);
  }

  /** Accepted cdk-nag findings, each with the reason it is right here. */
  private acknowledgeFindings(dlqAcknowledgement?: string): void {
    Validations.of(this.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'X-Ray PutTraceSegments/PutTelemetryRecords support no resource-level permissions, so active tracing needs Resource "*" (added by Tracing.ACTIVE).',
    });
    Validations.of(this.function).acknowledge(
      {
        id: 'AwsSolutions-L1',
        reason:
          'Pinned to nodejs22.x on purpose: the code, tests and benchmarks target Node 22 (maintained until 2027-04); moving to nodejs24.x is a tested upgrade, not drift.',
      },
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          dlqAcknowledgement ??
          'Invoked synchronously by API Gateway only: a failed request is answered to the caller; there is no asynchronous event to park in a DLQ.',
      },
      {
        id: 'Serverless-LambdaLatestVersion',
        reason: 'Same finding as AwsSolutions-L1: nodejs22.x is pinned on purpose until the code is tested on nodejs24.x.',
      },
    );
  }
}
