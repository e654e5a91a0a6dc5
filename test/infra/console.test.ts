import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { synthesize, type Synthesis } from './synth.js';

type Resource = { Properties: Record<string, unknown> };

/** CloudFront's managed CachingDisabled policy. */
const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';

function only(template: Template, type: string): Resource {
  const resources = Object.values(template.findResources(type)) as Resource[];
  if (resources.length !== 1) throw new Error(`expected one ${type}, found ${resources.length}`);
  return resources[0]!;
}

interface Behavior {
  PathPattern?: string;
  TargetOriginId: string;
  CachePolicyId: string;
  ViewerProtocolPolicy: string;
  AllowedMethods: string[];
  ResponseHeadersPolicyId: unknown;
  FunctionAssociations?: { EventType: string }[];
}

interface Origin {
  Id: string;
  DomainName: unknown;
  S3OriginConfig?: unknown;
  OriginAccessControlId?: unknown;
  CustomOriginConfig?: { OriginProtocolPolicy: string };
}

interface DistributionConfig {
  Origins: Origin[];
  DefaultCacheBehavior: Behavior;
  CacheBehaviors: Behavior[];
  Logging?: unknown;
}

interface SecurityHeaders {
  ContentSecurityPolicy: { ContentSecurityPolicy: unknown };
  StrictTransportSecurity: unknown;
  FrameOptions: unknown;
}

function distributionConfig(template: Template): DistributionConfig {
  return only(template, 'AWS::CloudFront::Distribution').Properties.DistributionConfig as DistributionConfig;
}

/** The files of the staged asset whose zip is `<hash>.zip` (the cloud assembly keeps it as asset.<hash>/). */
function stagedAsset(synthesis: Synthesis, objectKey: string): string {
  const directory = join(synthesis.assembly.directory, `asset.${objectKey.replace(/\.zip$/, '')}`);
  if (!existsSync(directory)) throw new Error(`no staged asset for ${objectKey}`);
  return directory;
}

describe('the web console in AWS (S3 + CloudFront)', () => {
  let synthesis: Synthesis;
  let template: Template;
  let headersPolicyId: string;

  beforeAll(() => {
    synthesis = synthesize('prod', { bundle: false });
    template = synthesis.template;
    headersPolicyId = Object.keys(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'))[0] ?? '';
  });

  it('keeps the content bucket private, encrypted, TLS-only and readable by the distribution through OAC only', () => {
    const [contentId] =
      Object.entries(template.findResources('AWS::S3::Bucket')).find(
        ([, bucket]) => (bucket as Resource).Properties.LoggingConfiguration,
      ) ?? [];
    expect(contentId).toBeDefined();
    template.hasResourceProperties('AWS::S3::Bucket', {
      LoggingConfiguration: Match.anyValue(),
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: Match.anyValue(),
    });
    template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
    template.resourceCountIs('AWS::CloudFront::CloudFrontOriginAccessIdentity', 0);
    const s3Origin = distributionConfig(template).Origins.find((origin) => origin.S3OriginConfig);
    expect(s3Origin?.OriginAccessControlId).toBeDefined();
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: contentId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudfront.amazonaws.com' },
            Action: 's3:GetObject',
            Condition: { StringEquals: { 'AWS:SourceArn': Match.anyValue() } },
          }),
        ]),
      },
    });
  });

  it('routes /graphql, /public/graphql and the .ics agendas through the same distribution to the HTTP API, uncached, all methods', () => {
    const config = distributionConfig(template);
    const behaviors = config.CacheBehaviors;
    expect(behaviors.map((behavior) => behavior.PathPattern).sort()).toEqual(['/events/*', '/graphql', '/public/graphql']);
    const apiOrigin = config.Origins.find((origin) => origin.CustomOriginConfig);
    expect(JSON.stringify(apiOrigin?.DomainName)).toContain('.execute-api.');
    expect(apiOrigin?.CustomOriginConfig?.OriginProtocolPolicy).toBe('https-only');
    for (const behavior of behaviors) {
      expect(behavior).toMatchObject({
        TargetOriginId: apiOrigin?.Id,
        CachePolicyId: CACHING_DISABLED,
        ViewerProtocolPolicy: 'https-only',
      });
      expect(behavior.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'OPTIONS']));
    }
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.Logging).toBeDefined();
  });

  it('sends a CSP without unsafe-inline scripts, HSTS and frame-ancestors none on every behaviour', () => {
    const policy = only(template, 'AWS::CloudFront::ResponseHeadersPolicy').Properties.ResponseHeadersPolicyConfig as {
      SecurityHeadersConfig: SecurityHeaders;
    };
    const security = policy.SecurityHeadersConfig;
    const csp = JSON.stringify(security.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('amazoncognito.com');
    expect(security.StrictTransportSecurity).toMatchObject({ AccessControlMaxAgeSec: 63_072_000, IncludeSubdomains: true, Override: true });
    expect(security.FrameOptions).toMatchObject({ FrameOption: 'DENY' });
    const config = distributionConfig(template);
    for (const behavior of [config.DefaultCacheBehavior, ...config.CacheBehaviors])
      expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: headersPolicyId });
  });

  it('sends client-side routes to index.html with a viewer-request function on the console behaviour only', () => {
    const config = distributionConfig(template);
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([expect.objectContaining({ EventType: 'viewer-request' })]);
    for (const behavior of config.CacheBehaviors) expect(behavior.FunctionAssociations).toBeUndefined();
    template.hasResourceProperties('AWS::CloudFront::Function', { FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }) });
  });

  it('points the portal client’s OAuth callback and logout URLs at the distribution', () => {
    const distributionId = Object.keys(template.findResources('AWS::CloudFront::Distribution'))[0];
    const client = Object.values(template.findResources('AWS::Cognito::UserPoolClient')).find(
      (resource) => (resource as Resource).Properties.ClientName === 'web-portal',
    ) as Resource;
    const callbacks = JSON.stringify(client.Properties.CallbackURLs);
    const logouts = JSON.stringify(client.Properties.LogoutURLs);
    for (const urls of [callbacks, logouts]) expect(urls).toContain(`"${distributionId}","DomainName"`);
    expect(callbacks).toContain('/auth/callback');
    expect(client.Properties.AllowedOAuthFlows).toEqual(['code']);
  });

  it('writes config.json at deploy time with the portal client id and Cognito domain, without a dependency cycle', () => {
    const [logicalId, resource] = Object.entries(template.findResources('Custom::CDKBucketDeployment'))[0] ?? [];
    expect(logicalId).toBeDefined();
    const properties = (resource as Resource).Properties as {
      SourceObjectKeys: string[];
      SourceMarkers: Record<string, unknown>[];
      DestinationBucketName: unknown;
      Prune: boolean;
      SystemMetadata: Record<string, string>;
      DistributionPaths: string[];
    };
    // Only config.json, into the console bucket, leaving the console's own files alone; uncached and invalidated.
    const bucketId = Object.keys(template.findResources('AWS::S3::Bucket', { Properties: { LoggingConfiguration: Match.anyValue() } }))[0];
    expect(properties.DestinationBucketName).toEqual({ Ref: bucketId });
    expect(properties.Prune).toBe(false);
    expect(properties.SystemMetadata['cache-control']).toBe('no-cache');
    expect(properties.DistributionPaths).toEqual(['/config.json']);

    // The staged file is the console's configuration with deploy-time markers the handler replaces.
    const directory = stagedAsset(synthesis, properties.SourceObjectKeys[0]!);
    expect(readdirSync(directory)).toEqual(['config.json']);
    const markers = properties.SourceMarkers[0]!;
    const config = JSON.parse(readFileSync(join(directory, 'config.json'), 'utf8')) as {
      graphqlPath: string;
      publicGraphqlPath: string;
      auth: { kind: string; domain: string; clientId: string; scopes: string[] };
    };
    const resolve = (text: string) => [...text.matchAll(/<<marker:0xbaba:\d+>>/g)].map(([marker]) => markers[marker]);
    const [clientId] = Object.keys(
      template.findResources('AWS::Cognito::UserPoolClient', { Properties: { CallbackURLs: Match.anyValue() } }),
    );
    const [domainId] = Object.keys(template.findResources('AWS::Cognito::UserPoolDomain'));
    expect(config).toMatchObject({
      graphqlPath: '/graphql',
      publicGraphqlPath: '/public/graphql',
      auth: { kind: 'cognito', scopes: ['openid', 'email', 'profile'] },
    });
    expect(resolve(config.auth.clientId)).toEqual([{ Ref: clientId }]);
    expect(config.auth.domain).toMatch(/^https:\/\/<<marker:0xbaba:\d+>>\.auth\.<<marker:0xbaba:\d+>>\.amazoncognito\.com$/);
    expect(resolve(config.auth.domain)).toEqual([{ Ref: domainId }, { Ref: 'AWS::Region' }]);

    // The client depends on the distribution (callback URL), the deployment on both: CloudFormation gets an order.
    expect(() => Template.fromStack(synthesis.stack, { skipCyclicalDependenciesCheck: false })).not.toThrow();
  });
});
