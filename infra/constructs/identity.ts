/**
 * Who can hold a token for chainfit: one Cognito user pool for people, who
 * sign themselves up and verify their email (zone administrators are in the
 * `zone-admin` group; memberships of organizations live in DynamoDB, not in
 * Cognito), and client-credentials app clients for partner apps (scope
 * `chainfit/partner.read`). Group, claim and scope names come from
 * functions/core/access/principal.ts, the code that reads them.
 */
import { Duration, Validations, type RemovalPolicy } from 'aws-cdk-lib';
import {
  AccountRecovery,
  type CfnUserPoolClient,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  ResourceServerScope,
  StringAttribute,
  UserPool,
  UserPoolResourceServer,
  type UserPoolClient,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { ADMIN_GROUP, LEGACY_ORGANIZATION_ATTRIBUTE, PARTNER_READ_SCOPE } from '../../functions/core/access/principal.js';

/**
 * `custom:organizationId` → `organizationId`. Kept in the schema because Cognito cannot delete an
 * attribute of an existing pool; no client reads or writes it (memberships are in DynamoDB).
 */
export const LEGACY_ORGANIZATION_ATTRIBUTE_NAME = LEGACY_ORGANIZATION_ATTRIBUTE.replace(/^custom:/, '');
/** `chainfit/partner.read` → resource server `chainfit`, scope `partner.read`. */
export const [RESOURCE_SERVER_IDENTIFIER = '', PARTNER_SCOPE_NAME = ''] = PARTNER_READ_SCOPE.split('/');

export interface IdentityProps {
  removalPolicy: RemovalPolicy;
  deletionProtection: boolean;
  /** Web portal origins: OAuth callback and logout URLs are `<origin>/auth/callback` and `<origin>/`. */
  portalOrigins: string[];
  /** One client-credentials app client per partner app, so each can be revoked on its own. */
  partnerApps: string[];
  domainPrefix: string;
}

export class Identity extends Construct {
  readonly userPool: UserPool;
  /** The partner web portal (people; authorization code + SRP, no secret). */
  readonly portalClient: UserPoolClient;
  /** Partner apps by name (machines; client credentials with a secret). */
  readonly partnerClients: ReadonlyMap<string, UserPoolClient>;
  readonly domain: UserPoolDomain;

  constructor(scope: Construct, id: string, props: IdentityProps) {
    super(scope, id);
    this.userPool = this.createUserPool(props);
    this.userPool.addGroup('ZoneAdmins', { groupName: ADMIN_GROUP, description: 'Zone administrators: full read and moderation rights' });
    this.portalClient = this.createPortalClient(props.portalOrigins);
    this.partnerClients = this.createPartnerClients(props.partnerApps);
    this.domain = this.userPool.addDomain('Domain', { cognitoDomain: { domainPrefix: props.domainPrefix } });
  }

  /** Every app client whose tokens the API accepts (the JWT authorizer's audience). */
  get apiClients(): UserPoolClient[] {
    return [this.portalClient, ...this.partnerClients.values()];
  }

  /** The OAuth 2.0 token endpoint partner apps call with their client id and secret. */
  get tokenEndpoint(): string {
    return `${this.domain.baseUrl()}/oauth2/token`;
  }

  private createUserPool(props: IdentityProps): UserPool {
    const pool = new UserPool(this, 'UserPool', {
      // People sign themselves up; the email must be verified (a code Cognito sends) before the
      // ID token says email_verified, which invitations rely on.
      selfSignUpEnabled: true,
      signInAliases: { email: true },
      autoVerify: { email: true },
      keepOriginal: { email: true },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // TOTP for everyone who wants it; zone administrators enroll before they join the group
      // (docs/deployment.md), since Cognito cannot require MFA for one group only.
      mfa: Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      customAttributes: { [LEGACY_ORGANIZATION_ATTRIBUTE_NAME]: new StringAttribute({ mutable: true, minLen: 1, maxLen: 64 }) },
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: props.deletionProtection,
      removalPolicy: props.removalPolicy,
    });
    Validations.of(pool).acknowledge({
      id: 'AwsSolutions-COG8',
      reason:
        'Essentials plan on purpose: Plus (threat protection) has no free tier and bills every active user; sign-up needs a verified email, passwords are 12 mixed characters, administrators use TOTP, and a new organization is UNVERIFIED (marked in search) until a zone administrator reviews it, which bounds what a stuffed or fake account can do. Revisit if the member base grows.',
    });
    Validations.of(pool).acknowledge({
      id: 'AwsSolutions-COG2',
      reason:
        'MFA is optional pool-wide because members sign themselves up and Cognito cannot require MFA per group; zone administrators enroll TOTP before an operator adds them to zone-admin (docs/deployment.md), and members act only for organizations they belong to.',
    });
    return pool;
  }

  private createPortalClient(origins: string[]): UserPoolClient {
    return this.userPool.addClient('PortalClient', {
      userPoolClientName: 'web-portal',
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: origins.map((origin) => `${origin}/auth/callback`),
        logoutUrls: origins.map((origin) => `${origin}/`),
      },
      // ID tokens carry cognito:groups, email and email_verified: all principalFromClaims reads.
      readAttributes: new ClientAttributes().withStandardAttributes({ email: true, emailVerified: true, fullname: true }),
      // A changed email is unverified until confirmed, so it cannot claim someone else's invitations.
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true, fullname: true }),
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
    });
  }

  private createPartnerClients(names: string[]): Map<string, UserPoolClient> {
    const partnerRead = new ResourceServerScope({
      scopeName: PARTNER_SCOPE_NAME,
      scopeDescription: 'Read public profiles, postings and fit search',
    });
    const resourceServer = new UserPoolResourceServer(this, 'ApiResourceServer', {
      userPool: this.userPool,
      identifier: RESOURCE_SERVER_IDENTIFIER,
      userPoolResourceServerName: 'chainfit API',
      scopes: [partnerRead],
    });
    const clients = names.map((name): [string, UserPoolClient] => {
      const client = this.userPool.addClient(`PartnerClient-${name}`, {
        userPoolClientName: `partner-${name}`,
        generateSecret: true,
        oAuth: { flows: { clientCredentials: true }, scopes: [OAuthScope.resourceServer(resourceServer, partnerRead)] },
        enableTokenRevocation: true,
        // Partners cache a token for its hour: Cognito bills every client-credentials token request.
        accessTokenValidity: Duration.hours(1),
      });
      // No user sign-in through a partner's client (Cognito's default would allow SRP and custom auth);
      // the L2 cannot express "no user flows", so set the one flow Cognito requires directly.
      (client.node.defaultChild as CfnUserPoolClient).explicitAuthFlows = ['ALLOW_REFRESH_TOKEN_AUTH'];
      return [name, client];
    });
    return new Map(clients);
  }
}
