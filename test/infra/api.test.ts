import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { DEFAULT_ALLOWED_ORIGINS } from '../../infra/stage.js';
import { synthesize } from './synth.js';

type Resource = { Properties: Record<string, unknown> };

function routesOf(template: Template): Map<string, Record<string, unknown>> {
  const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')) as Resource[];
  return new Map(routes.map((route) => [String(route.Properties.RouteKey), route.Properties]));
}

describe('the HTTP API', () => {
  let dev: Template;
  let prod: Template;
  let partnerPortal: Template;
  let authorizerId: string;

  beforeAll(() => {
    dev = synthesize('dev', { bundle: false }).template;
    prod = synthesize('prod', { bundle: false }).template;
    partnerPortal = synthesize('dev', {
      bundle: false,
      context: { allowedOrigins: 'https://partners.example.kr,https://portal.example.cn' },
    }).template;
    authorizerId = Object.keys(dev.findResources('AWS::ApiGatewayV2::Authorizer'))[0] ?? '';
  });

  it('is an HTTP API (API Gateway v2) with GET and POST on /graphql, /public/graphql and /unsubscribe, the .ics agenda, and nothing else', () => {
    dev.resourceCountIs('AWS::ApiGatewayV2::Api', 1);
    dev.hasResourceProperties('AWS::ApiGatewayV2::Api', { ProtocolType: 'HTTP' });
    expect([...routesOf(dev).keys()].sort()).toEqual([
      'GET /events/{eventId}/agenda.ics',
      'GET /graphql',
      'GET /public/graphql',
      'GET /unsubscribe',
      'POST /graphql',
      'POST /public/graphql',
      'POST /unsubscribe',
    ]);
  });

  it('verifies Cognito JWTs on /graphql before the Lambda runs', () => {
    const routes = routesOf(dev);
    for (const key of ['GET /graphql', 'POST /graphql', 'GET /events/{eventId}/agenda.ics']) {
      expect(routes.get(key)).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
    }
  });

  it('lets token-less callers reach /public/graphql, where the Lambda sees no claims', () => {
    const routes = routesOf(dev);
    for (const key of ['GET /public/graphql', 'POST /public/graphql']) {
      expect(routes.get(key)).toMatchObject({ AuthorizationType: 'NONE' });
      expect(routes.get(key)?.AuthorizerId).toBeUndefined();
    }
  });

  it('accepts tokens of the user pool for both app clients (portal ID tokens, partner access tokens)', () => {
    const clients = Object.keys(dev.findResources('AWS::Cognito::UserPoolClient'));
    const pool = Object.keys(dev.findResources('AWS::Cognito::UserPool'))[0];
    dev.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: Match.arrayEquals(clients.map((id) => ({ Ref: id }))),
        Issuer: { 'Fn::Join': ['', ['https://cognito-idp.', { Ref: 'AWS::Region' }, '.amazonaws.com/', { Ref: pool }]] },
      },
    });
    expect(clients).toHaveLength(2);
  });

  it('sends the GraphQL routes to the GraphQL Lambda, /unsubscribe and the agenda each to its own, with payload format 2.0', () => {
    const integrations = Object.values(dev.findResources('AWS::ApiGatewayV2::Integration')) as Resource[];
    // GraphQL, unsubscribe (infra/constructs/notification-worker.ts), calendar (the .ics agenda).
    expect(integrations).toHaveLength(3);
    for (const integration of integrations) {
      expect(integration.Properties).toMatchObject({ IntegrationType: 'AWS_PROXY', PayloadFormatVersion: '2.0' });
    }
    const targetOf = (key: string) => routesOf(dev).get(key)?.Target;
    expect(targetOf('POST /graphql')).toEqual(targetOf('GET /public/graphql'));
    expect(targetOf('GET /events/{eventId}/agenda.ics')).not.toEqual(targetOf('POST /graphql'));
    expect(targetOf('GET /events/{eventId}/agenda.ics')).not.toEqual(targetOf('GET /unsubscribe'));
  });

  it('throttles the default stage, harder in dev than in prod', () => {
    dev.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
    });
    prod.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: { ThrottlingRateLimit: 200, ThrottlingBurstLimit: 400 },
    });
  });

  it('writes JSON access logs carrying the request id to a log group with retention', () => {
    const stage = (Object.values(prod.findResources('AWS::ApiGatewayV2::Stage'))[0] as Resource).Properties;
    const settings = stage.AccessLogSettings as { DestinationArn: { 'Fn::GetAtt': [string, string] }; Format: string };
    const format = JSON.parse(settings.Format) as Record<string, string>;
    expect(format).toMatchObject({ requestId: '$context.requestId', status: '$context.status', routeKey: '$context.routeKey' });
    const logGroup = prod.findResources('AWS::Logs::LogGroup')[settings.DestinationArn['Fn::GetAtt'][0]];
    expect(logGroup?.Properties).toMatchObject({ RetentionInDays: 365 });
  });

  it('allows browsers from the configured portal origins only (default https://portal.example.org)', () => {
    expect(DEFAULT_ALLOWED_ORIGINS).toEqual(['https://portal.example.org']);
    dev.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: DEFAULT_ALLOWED_ORIGINS,
        AllowMethods: Match.arrayWith(['GET', 'POST', 'OPTIONS']),
        AllowHeaders: Match.arrayWith(['authorization', 'content-type']),
      }),
    });
    partnerPortal.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({ AllowOrigins: ['https://partners.example.kr', 'https://portal.example.cn'] }),
    });
  });

  it('lets browsers send the console client name and If-None-Match, and read the ETag', () => {
    dev.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowHeaders: Match.arrayWith(['apollographql-client-name', 'if-none-match']),
        ExposeHeaders: ['etag'],
      }),
    });
  });

  it('refuses an unknown stage or a wildcard origin in context', () => {
    expect(() => synthesize('qa' as 'dev', { bundle: false })).toThrow(/stage/);
    expect(() => synthesize('dev', { bundle: false, context: { allowedOrigins: 'https://*.example.org' } })).toThrow(/allowedOrigins/);
  });
});
