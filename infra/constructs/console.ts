/**
 * The web console in AWS: a private S3 bucket read by CloudFront through Origin
 * Access Control, with /graphql and /public/graphql routed through the same
 * distribution to the HTTP API, so the browser talks to one origin (no CORS).
 * Security headers (CSP without 'unsafe-inline' scripts, HSTS, frame-ancestors
 * 'none') come from a response-headers policy; the CSP is the one the local
 * server sends (web/content-security-policy.ts). The Cognito portal client's
 * callback and logout URLs are pointed at the distribution.
 *
 * Upload after `cdk deploy --outputs-file cdk-outputs.json`: `npm run build:web &&
 * npm run console:config -- cdk-outputs.json && aws s3 sync web/dist s3://<ConsoleBucketName> --delete`.
 */
import { Duration, Fn, Stack, Validations, type RemovalPolicy } from 'aws-cdk-lib';
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
import { Construct } from 'constructs';
import { contentSecurityPolicy } from '../../web/content-security-policy.js';
import { CONSOLE_EDGE_FUNCTION_CODE } from './console-edge-function.js';
import { GRAPHQL_PATH, PUBLIC_GRAPHQL_PATH } from './graphql-api.js';

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
      additionalBehaviors: { [GRAPHQL_PATH]: api, [PUBLIC_GRAPHQL_PATH]: api },
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

  /** Sign-in returns to the distribution, next to any portal origins of the stage. */
  private pointPortalClientAtDistribution(client: UserPoolClient): void {
    const cfn = client.node.defaultChild as CfnUserPoolClient;
    // The L1 spells these callbackUrLs / logoutUrLs (CallbackURLs in CloudFormation).
    cfn.callbackUrLs = [...(cfn.callbackUrLs ?? []), `${this.url}${CONSOLE_CALLBACK_PATH}`];
    cfn.logoutUrLs = [...(cfn.logoutUrLs ?? []), `${this.url}/`];
  }
}
