/**
 * Deployment stages and what differs between them, read from CDK context
 * (`npx cdk deploy -c stage=prod`). Everything stage-dependent lives here so
 * constructs take plain values and the differences are reviewable in one place.
 */
import { Aws, RemovalPolicy } from 'aws-cdk-lib';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { Node } from 'constructs';

export const STAGES = ['dev', 'prod'] as const;
export type Stage = (typeof STAGES)[number];

/** Origins of the partner web portal(s) allowed to call the API from a browser. */
export const DEFAULT_ALLOWED_ORIGINS = ['https://portal.example.org'];
/** Partner apps that get a client-credentials app client (one each, so each can be revoked alone). */
export const DEFAULT_PARTNER_APPS = ['demo-partner'];

export interface StageSettings {
  stage: Stage;
  /** Data (table, user pool, KMS key) survives stack deletion in prod only. */
  dataRemovalPolicy: RemovalPolicy;
  /** DynamoDB deletion protection and Cognito deletion protection. */
  deletionProtection: boolean;
  /** Lambda and API access logs. */
  logRetention: RetentionDays;
  /** Steady-state requests per second and burst on the API's default stage. */
  throttle: { rateLimit: number; burstLimit: number };
  /**
   * Reserved concurrency of the API function: at most this many instances run
   * at once, whatever the traffic, so an abusive burst is throttled by Lambda
   * (429 through API Gateway) instead of taking the account's whole
   * concurrency from its other functions; and these instances are always
   * available to the API. Sized as the stage throttle × 0.5 s (a normal
   * request takes tens of milliseconds: docs/benchmarks.md); see
   * docs/security.md, "Request limits".
   */
  apiReservedConcurrency: number;
  /** CORS origins, also the web portal's OAuth callback/logout bases. */
  allowedOrigins: string[];
  /** Names of partner apps; each gets its own client-credentials app client. */
  partnerApps: string[];
  /** Prefix of the Cognito domain (token endpoint); globally unique per region, so the default carries the account id. */
  authDomainPrefix: string;
  /** Optional address subscribed to the alarm topic. */
  alarmEmail?: string;
}

export class StageContextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StageContextError';
  }
}

function parseStage(value: unknown): Stage {
  const stage = value ?? 'dev';
  if (typeof stage !== 'string' || !(STAGES as readonly string[]).includes(stage)) {
    throw new StageContextError(`Context "stage" must be one of ${STAGES.join(', ')}; got ${JSON.stringify(stage)}`);
  }
  return stage as Stage;
}

/** A list given as a list or as a comma-separated string (the form `-c name=a,b` gives). */
function parseList(value: unknown): string[] {
  return (Array.isArray(value) ? value.map(String) : String(value).split(',')).map((item) => item.trim()).filter(Boolean);
}

function parseOrigins(value: unknown): string[] {
  if (value === undefined) return DEFAULT_ALLOWED_ORIGINS;
  const origins = parseList(value);
  const invalid = origins.filter((o) => !/^https:\/\/[^/*\s]+$/.test(o) && !/^http:\/\/localhost(:\d+)?$/.test(o));
  if (origins.length === 0 || invalid.length > 0) {
    throw new StageContextError(
      `Context "allowedOrigins" needs https origins without paths or wildcards; invalid: ${invalid.join(', ') || '(empty)'}`,
    );
  }
  return origins;
}

function parsePartnerApps(value: unknown): string[] {
  if (value === undefined) return DEFAULT_PARTNER_APPS;
  const names = parseList(value);
  const invalid = names.filter((name) => !/^[a-z0-9][a-z0-9-]{1,30}$/.test(name));
  if (invalid.length > 0 || new Set(names).size !== names.length) {
    throw new StageContextError(
      `Context "partnerApps" needs distinct lower-case names (a-z, 0-9, -); invalid: ${invalid.join(', ') || '(duplicates)'}`,
    );
  }
  return names;
}

/** Reads `stage`, `allowedOrigins`, `partnerApps`, `authDomainPrefix` and `alarmEmail` from CDK context. */
export function stageSettingsFrom(node: Node): StageSettings {
  const stage = parseStage(node.tryGetContext('stage'));
  const prod = stage === 'prod';
  const alarmEmail: unknown = node.tryGetContext('alarmEmail');
  const domainPrefix: unknown = node.tryGetContext('authDomainPrefix');
  return {
    stage,
    dataRemovalPolicy: prod ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    deletionProtection: prod,
    logRetention: prod ? RetentionDays.ONE_YEAR : RetentionDays.ONE_MONTH,
    throttle: prod ? { rateLimit: 200, burstLimit: 400 } : { rateLimit: 20, burstLimit: 40 },
    apiReservedConcurrency: prod ? 100 : 10,
    allowedOrigins: parseOrigins(node.tryGetContext('allowedOrigins')),
    partnerApps: parsePartnerApps(node.tryGetContext('partnerApps')),
    authDomainPrefix: typeof domainPrefix === 'string' && domainPrefix ? domainPrefix : `chainfit-${stage}-${Aws.ACCOUNT_ID}`,
    ...(typeof alarmEmail === 'string' && alarmEmail ? { alarmEmail } : {}),
  };
}
