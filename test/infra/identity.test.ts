import { beforeAll, describe, expect, it } from 'vitest';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import { ADMIN_GROUP, LEGACY_ORGANIZATION_ATTRIBUTE, PARTNER_READ_SCOPE } from '../../functions/core/access/principal.js';
import { synthesize } from './synth.js';

type Resource = { Properties: Record<string, unknown> };

function clientNamed(template: Template, name: string): Record<string, unknown> {
  const clients = Object.values(template.findResources('AWS::Cognito::UserPoolClient', { Properties: { ClientName: name } })) as Resource[];
  if (clients.length !== 1) throw new Error(`expected one app client named ${name}`);
  return clients[0]!.Properties;
}

describe('identity: the Cognito user pool and its clients', () => {
  let dev: Template;
  let prod: Template;
  let twoPartners: Template;

  beforeAll(() => {
    dev = synthesize('dev', { bundle: false }).template;
    prod = synthesize('prod', { bundle: false }).template;
    twoPartners = synthesize('prod', { bundle: false, context: { partnerApps: 'kr-robotics,changchun-auto' } }).template;
  });

  it('lets people sign themselves up with a verified email, a strong password policy and optional TOTP MFA', () => {
    dev.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      AutoVerifiedAttributes: ['email'],
      // A changed email stays unverified (the old one is kept) until its code is confirmed.
      UserAttributeUpdateSettings: { AttributesRequireVerificationBeforeUpdate: ['email'] },
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 12,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      MfaConfiguration: 'OPTIONAL',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      UsernameAttributes: ['email'],
    });
  });

  it('keeps the legacy organization attribute in the schema only because Cognito cannot delete attributes', () => {
    expect(LEGACY_ORGANIZATION_ATTRIBUTE).toBe('custom:organizationId');
    dev.hasResourceProperties('AWS::Cognito::UserPool', {
      Schema: Match.arrayWith([Match.objectLike({ Name: 'organizationId', AttributeDataType: 'String', Mutable: true })]),
    });
  });

  it('has the zone administrators group the principal mapping reads', () => {
    dev.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: ADMIN_GROUP });
  });

  it('defines the partner read scope on a resource server', () => {
    const [identifier, scope] = PARTNER_READ_SCOPE.split('/');
    dev.hasResourceProperties('AWS::Cognito::UserPoolResourceServer', {
      Identifier: identifier,
      Scopes: [Match.objectLike({ ScopeName: scope })],
    });
  });

  it('gives each partner app its own client-credentials client with a secret and only the partner scope', () => {
    const [identifier, scope] = PARTNER_READ_SCOPE.split('/');
    const [serverId, server] = Object.entries(dev.findResources('AWS::Cognito::UserPoolResourceServer'))[0] as [string, Resource];
    expect(server.Properties.Identifier).toBe(identifier);
    // The scope is rendered as "<resource server identifier>/<scope name>" (Ref of a resource server is its identifier).
    expect(clientNamed(dev, 'partner-demo-partner')).toMatchObject({
      GenerateSecret: true,
      AllowedOAuthFlows: ['client_credentials'],
      AllowedOAuthScopes: [{ 'Fn::Join': ['', [{ Ref: serverId }, `/${scope}`]] }],
      // No user can sign in through a partner's client.
      ExplicitAuthFlows: ['ALLOW_REFRESH_TOKEN_AUTH'],
    });
  });

  it('adds a client, an authorizer audience entry and an output per partner app named in context', () => {
    for (const name of ['kr-robotics', 'changchun-auto']) expect(clientNamed(twoPartners, `partner-${name}`).GenerateSecret).toBe(true);
    const clients = Object.keys(twoPartners.findResources('AWS::Cognito::UserPoolClient'));
    expect(clients).toHaveLength(3);
    twoPartners.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      JwtConfiguration: Match.objectLike({ Audience: Match.arrayEquals(clients.map((id) => ({ Ref: id }))) }),
    });
    expect(Object.keys(twoPartners.findOutputs('*')).filter((id) => id.startsWith('PartnerClientId'))).toEqual([
      'PartnerClientIdKrRobotics',
      'PartnerClientIdChangchunAuto',
    ]);
  });

  it('puts email and email_verified in portal ID tokens, and no organization attribute at all', () => {
    const portal = clientNamed(dev, 'web-portal');
    expect(portal).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: ['code'],
      CallbackURLs: expect.arrayContaining(['https://portal.example.org/auth/callback']),
    });
    expect(portal.ReadAttributes).toEqual(expect.arrayContaining(['email', 'email_verified']));
    expect(portal.ReadAttributes).not.toContain(LEGACY_ORGANIZATION_ATTRIBUTE);
    expect(portal.WriteAttributes).not.toContain(LEGACY_ORGANIZATION_ATTRIBUTE);
  });

  it('has a Cognito domain, which the token endpoint needs', () => {
    dev.resourceCountIs('AWS::Cognito::UserPoolDomain', 1);
  });

  it('retains and deletion-protects the user pool in prod only', () => {
    prod.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({ DeletionProtection: 'ACTIVE' }),
    });
    dev.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Delete',
      Properties: Match.objectLike({ DeletionProtection: 'INACTIVE' }),
    });
  });

  it('outputs the GraphQL URLs, the user pool, both client ids and the token endpoint', () => {
    const outputs = dev.findOutputs('*');
    expect(Object.keys(outputs).sort()).toEqual([
      'AlarmTopicArn',
      'AuthDomain',
      'ConsoleBucketName',
      'ConsoleUrl',
      'GraphQLUrl',
      'PartnerClientIdDemoPartner',
      'PortalClientId',
      'PublicGraphQLUrl',
      'TokenEndpoint',
      'UserPoolId',
    ]);
    expect(JSON.stringify(outputs.GraphQLUrl?.Value)).toMatch(/\/graphql"\]\]\}$/);
    expect(JSON.stringify(outputs.PublicGraphQLUrl?.Value)).toContain('/public/graphql');
    expect(JSON.stringify(outputs.TokenEndpoint?.Value)).toContain('.amazoncognito.com/oauth2/token');
  });
});
