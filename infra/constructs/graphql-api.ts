/**
 * The HTTP API in front of the GraphQL Lambda. Two paths reach the same
 * function: `/graphql` behind the Cognito JWT authorizer (tokens verified
 * before the Lambda runs) and `/public/graphql` without one, because an HTTP
 * API route with a JWT authorizer rejects token-less requests, yet anonymous
 * callers must reach PUBLIC operations. On the public path API Gateway passes
 * no claims, so the Lambda sees ANONYMOUS and the access policy lets only
 * PUBLIC operations through. GET and POST per GraphQL over HTTP; OPTIONS is
 * answered by API Gateway's CORS support.
 */
import { Duration, Stack, Validations, type RemovalPolicy } from 'aws-cdk-lib';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, type RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export const GRAPHQL_PATH = '/graphql';
export const PUBLIC_GRAPHQL_PATH = '/public/graphql';

/** One JSON object per request; requestId joins it to the Lambda's logs. */
export const ACCESS_LOG_FORMAT = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  routeKey: '$context.routeKey',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  error: '$context.error.message',
};

export interface GraphQLApiProps {
  handler: IFunction;
  authorizer: IHttpRouteAuthorizer;
  allowedOrigins: string[];
  throttle: { rateLimit: number; burstLimit: number };
  logRetention: RetentionDays;
  logRemovalPolicy: RemovalPolicy;
}

export class GraphQLApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: GraphQLApiProps) {
    super(scope, id);
    this.api = new HttpApi(this, 'HttpApi', {
      apiName: `${Stack.of(this).stackName}-graphql`,
      description: 'chainfit GraphQL API (GraphQL over HTTP)',
      createDefaultStage: false,
      corsPreflight: {
        allowOrigins: props.allowedOrigins,
        allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS],
        // apollo-require-preflight: Apollo's CSRF prevention accepts GET queries carrying it.
        // apollographql-client-name/-version: the web console names itself (trusted documents, functions/api/trusted-documents.ts);
        // if-none-match and the exposed etag: scripts that revalidate the cacheable industry-chain model themselves.
        allowHeaders: [
          'authorization',
          'content-type',
          'accept-language',
          'apollo-require-preflight',
          'apollographql-client-name',
          'apollographql-client-version',
          'if-none-match',
        ],
        exposeHeaders: ['etag'],
        maxAge: Duration.hours(1),
      },
    });
    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: props.logRetention, removalPolicy: props.logRemovalPolicy });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: props.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(this.accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });
    this.addRoutes(props.handler, props.authorizer);
  }

  /** The authenticated GraphQL endpoint. */
  get graphqlUrl(): string {
    return `${this.stage.url}${GRAPHQL_PATH.slice(1)}`;
  }

  /** The URL of a path on the API's stage. */
  urlOf(path: string): string {
    return `${this.stage.url}${path.replace(/^\//, '')}`;
  }

  /** An unauthenticated GET/POST route to `handler`, with the reason it needs no authorizer (cdk-nag APIG4). */
  addPublicRoute(path: string, id: string, handler: IFunction, reason: string): void {
    const routes = this.api.addRoutes({
      path,
      methods: [HttpMethod.GET, HttpMethod.POST],
      integration: new HttpLambdaIntegration(id, handler),
    });
    for (const route of routes) Validations.of(route).acknowledge({ id: 'AwsSolutions-APIG4', reason });
  }

  /** The anonymous GraphQL endpoint (PUBLIC operations only). */
  get publicGraphqlUrl(): string {
    return `${this.stage.url}${PUBLIC_GRAPHQL_PATH.slice(1)}`;
  }

  private addRoutes(handler: IFunction, authorizer: IHttpRouteAuthorizer): void {
    const integration = new HttpLambdaIntegration('GraphQL', handler);
    const methods = [HttpMethod.GET, HttpMethod.POST];
    this.api.addRoutes({ path: GRAPHQL_PATH, methods, integration, authorizer });
    const publicRoutes = this.api.addRoutes({ path: PUBLIC_GRAPHQL_PATH, methods, integration });
    for (const route of publicRoutes) {
      Validations.of(route).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'Anonymous path by design: an HTTP API JWT authorizer rejects token-less requests, and the industry-chain model and health are public. Without an authorizer the Lambda receives no claims, resolves the ANONYMOUS principal and the access policy (OPERATION_ACCESS) refuses every non-PUBLIC operation.',
      });
    }
  }
}
