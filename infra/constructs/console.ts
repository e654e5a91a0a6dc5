/**
 * The web console in AWS: a private S3 bucket read by CloudFront through Origin
 * Access Control, with /graphql and /public/graphql routed through the same
 * distribution to the HTTP API, so the browser talks to one origin (no CORS).
 * Security headers (CSP without 'unsafe-inline' scripts, HSTS, frame-ancestors
 * 'none') come from a response-headers policy; the CSP is the one the local
 * server sends (web/content-security-policy.ts). The Cognito portal client's
 * callback and logout URLs are pointed at the distribution.
 *
 * The deploy writes config.json (the Cognito domain and portal client) into the
 * bucket; the console's build is uploaded after `cdk deploy`: `npm run build:web &&
 * aws s3 sync web/dist s3://<ConsoleBucketName> --delete --exclude config.json`.
 */
import { Duration, Fn, Stack, Validations, type CfnElement, type RemovalPolicy } from 'aws-cdk-lib';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
  type BehaviorOptions,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { CfnUserPoolClient, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type IBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { contentSecurityPolicy } from '../../web/content-security-policy.js';
import { CONSOLE_CONFIG_KEY, consoleConfigOf } from '../console-config.js';
import { CONSOLE_EDGE_FUNCTION_CODE } from './console-edge-function.js';
import { GRAPHQL_PATH, PUBLIC_GRAPHQL_PATH } from './graphql-api.js';

/** The event agenda files' route (infra/chainfit-stack.ts AGENDA_ROUTE_PATH) as a CloudFront path pattern. */
export const AGENDA_FILES_PATH_PATTERN = '/events/*';

/** Path Cognito redirects to after sign-in (web/src/auth/pkce-codes.ts, CALLBACK_PATH). */
export const CONSOLE_CALLBACK_PATH = '/auth/callback';
/** HSTS max-age: two years, the preload list's expectation. */
export const HSTS_MAX_AGE = Duration.days(730);

/**
 * A Bucket where CDK asks for an IBucket. aws-cdk-lib declares Bucket.isWebsite as a
 * `boolean | undefined` getter and IBucket.isWebsite as an optional `boolean`, which
 * exactOptionalPropertyTypes tells apart; every Bucket implements IBucket.
 */
const bucketRef = (bucket: Bucket): IBucket => bucket as IBucket;

export interface ConsoleHostingProps {
  api: HttpApi;
  /** Cognito managed login (https://<prefix>.auth.<region>.amazoncognito.com). */
  authDomain: string;
  portalClient: UserPoolClient;
  removalPolicy: RemovalPolicy;
}

export class ConsoleHosting extends Construct {
  readonly bucket: Bucket;
  readonly logs: Bucket;
  readonly distribution: Distribution;
  readonly headers: ResponseHeadersPolicy;
  readonly runtimeConfig: BucketDeployment;

  constructor(scope: Construct, id: string, props: ConsoleHostingProps) {
    super(scope, id);
    this.logs = this.createLogBucket(props.removalPolicy);
    this.bucket = new Bucket(this, 'Content', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: bucketRef(this.logs),
      serverAccessLogsPrefix: 'content-bucket/',
      removalPolicy: props.removalPolicy,
    });
    this.headers = this.createHeadersPolicy(props.authDomain);
    this.distribution = this.createDistribution(props);
    this.pointPortalClientAtDistribution(props.portalClient);
    this.runtimeConfig = this.deployRuntimeConfig(props);
  }

  /** https://<distribution>.cloudfront.net */
  get url(): string {
    return `https://${this.distribution.distributionDomainName}`;
  }

  private createLogBucket(removalPolicy: RemovalPolicy): Bucket {
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs: it needs object-writer ownership controls.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      removalPolicy,
    });
    return logs;
  }

  private createHeadersPolicy(authDomain: string): ResponseHeadersPolicy {
    return new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'chainfit console: CSP without unsafe-inline scripts, HSTS, no framing',
      securityHeadersBehavior: {
        // The token endpoint of Cognito's managed login is the one cross-origin call (PKCE code redemption).
        contentSecurityPolicy: { contentSecurityPolicy: contentSecurityPolicy([authDomain]), override: true },
        strictTransportSecurity: { accessControlMaxAge: HSTS_MAX_AGE, includeSubdomains: true, override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });
  }

  private createDistribution(props: ConsoleHostingProps): Distribution {
    const edge = new CloudFrontFunction(this, 'ConsoleRoutes', {
      runtime: FunctionRuntime.JS_2_0,
      comment: 'chainfit console: client-side routes to index.html',
      code: FunctionCode.fromInline(CONSOLE_EDGE_FUNCTION_CODE),
    });
    const region = Stack.of(this).region;
    const api: BehaviorOptions = {
      origin: new HttpOrigin(Fn.join('', [props.api.apiId, `.execute-api.${region}.amazonaws.com`]), {
        protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      }),
      viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
      allowedMethods: AllowedMethods.ALLOW_ALL,
      // GraphQL answers depend on the caller's token: never cache them; forward everything but Host.
      cachePolicy: CachePolicy.CACHING_DISABLED,
      originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
      responseHeadersPolicy: this.headers,
    };
    const distribution = new Distribution(this, 'Distribution', {
      comment: 'chainfit web console and GraphQL API',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Users are in China, Korea and beyond: Asia and North America/Europe edges (class 200).
      priceClass: PriceClass.PRICE_CLASS_200,
      enableLogging: true,
      logBucket: bucketRef(this.logs),
      logFilePrefix: 'distribution/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(bucketRef(this.bucket)),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.headers,
        functionAssociations: [{ function: edge, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      // The console downloads a participant's .ics agenda (GET /events/{eventId}/agenda.ics) from the same origin.
      additionalBehaviors: { [GRAPHQL_PATH]: api, [PUBLIC_GRAPHQL_PATH]: api, [AGENDA_FILES_PATH_PATTERN]: api },
    });
    Validations.of(distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason:
        'No geo restriction by design: the console serves Chinese and Korean organizations and their partners wherever they travel; access is governed by Cognito sign-in and the API access policy, not by location.',
    });
    Validations.of(distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason:
        'No WAF web ACL for now: the bucket holds only the public console bundle, and the API behind /graphql is throttled per stage (API Gateway) and per caller (the Apollo rate-limit plugin); a CloudFront web ACL costs a fixed monthly fee. Revisit with traffic.',
    });
    Validations.of(distribution).acknowledge({
      id: 'AwsSolutions-CFR4',
      reason:
        'The zone has not assigned a domain yet, so the distribution uses the default *.cloudfront.net certificate, for which CloudFront fixes the minimum viewer protocol; with a custom domain, an ACM certificate and TLSv1.2_2021 replace it.',
    });
    return distribution;
  }

  /**
   * config.json, written at deploy time with the client id and domain resolved
   * (tokens in Source.jsonData). prune: false leaves the console's files alone;
   * no-cache and an invalidation make a redeploy's values seen on the next load.
   */
  private deployRuntimeConfig(props: ConsoleHostingProps): BucketDeployment {
    const deployment = new BucketDeployment(this, 'RuntimeConfig', {
      sources: [Source.jsonData(CONSOLE_CONFIG_KEY, consoleConfigOf(props.authDomain, props.portalClient.userPoolClientId))],
      destinationBucket: bucketRef(this.bucket),
      prune: false,
      cacheControl: [CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: [`/${CONSOLE_CONFIG_KEY}`],
    });
    this.acknowledgeDeploymentHandler();
    return deployment;
  }

  /**
   * The BucketDeployment's handler is CDK's own singleton Lambda (a stack-level
   * construct, its code and policy fixed by aws-cdk-lib), run by CloudFormation
   * during deploys only; its findings are acknowledged where it lives.
   */
  private acknowledgeDeploymentHandler(): void {
    const stack = Stack.of(this);
    const handler = stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    if (!handler) throw new Error('BucketDeployment handler not found: aws-cdk-lib changed where it puts it');
    Validations.of(handler).acknowledge(
      {
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
        reason:
          'CDK attaches AWSLambdaBasicExecutionRole to its BucketDeployment handler for its own CloudWatch logs; the role is CDK-managed and used only while CloudFormation deploys config.json.',
      },
      {
        id: 'AwsSolutions-L1',
        reason:
          "The BucketDeployment handler's runtime is fixed by aws-cdk-lib (a Python runtime bundled with the AWS CLI layer) and moves with CDK upgrades.",
      },
      {
        id: 'Serverless-LambdaLatestVersion',
        reason: 'Same finding as AwsSolutions-L1 for the BucketDeployment handler: its runtime is chosen and upgraded by aws-cdk-lib.',
      },
      {
        id: 'Serverless-LambdaDLQ',
        reason:
          'Invoked synchronously by CloudFormation as a custom resource during deploys; a failure fails the deploy and rolls back, nothing waits in a queue.',
      },
      {
        id: 'Serverless-LambdaTracing',
        reason:
          'A deploy-time custom resource handler that copies one small JSON file; CloudFormation events and its log group trace it, X-Ray would add cost and nothing to read.',
      },
    );
    for (const [finding, why] of [
      ['Action::s3:GetObject*', 'reads the staged asset'],
      ['Action::s3:GetBucket*', 'reads bucket metadata for the copy'],
      ['Action::s3:List*', 'lists the destination prefix'],
      ['Action::s3:DeleteObject*', 'would prune (prune is off; CDK grants it anyway)'],
      ['Action::s3:Abort*', 'aborts an interrupted multipart upload'],
      [
        'Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*',
        "reads the CDK bootstrap bucket's staged assets",
      ],
      [
        `Resource::<${stack.getLogicalId(this.bucket.node.defaultChild as CfnElement)}.Arn>/*`,
        "writes objects of this stack's console bucket only",
      ],
      [
        'Resource::*',
        'creates the CloudFront invalidation of /config.json (CloudFront invalidations take no narrower resource in this grant)',
      ],
    ] as const) {
      Validations.of(handler).acknowledge({
        id: `AwsSolutions-IAM5[${finding}]`,
        reason: `CDK's BucketDeployment grant for config.json: the handler ${why}; the grant is generated by aws-cdk-lib and scoped to these buckets.`,
      });
    }
  }

  /** Sign-in returns to the distribution, next to any portal origins of the stage. */
  private pointPortalClientAtDistribution(client: UserPoolClient): void {
    const cfn = client.node.defaultChild as CfnUserPoolClient;
    // The L1 spells these callbackUrLs / logoutUrLs (CallbackURLs in CloudFormation).
    cfn.callbackUrLs = [...(cfn.callbackUrLs ?? []), `${this.url}${CONSOLE_CALLBACK_PATH}`];
    cfn.logoutUrLs = [...(cfn.logoutUrLs ?? []), `${this.url}/`];
  }
}
