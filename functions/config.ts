/**
 * Runtime configuration, read once at module load by the entry points and
 * failing fast with a named error when something required is missing.
 */

export class ConfigurationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigurationError';
  }
}

export function getStringFromEnv(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (value === undefined || value.trim() === '') {
    throw new ConfigurationError(`Environment variable ${name} is required but not set`);
  }
  return value;
}

export interface RuntimeConfig {
  tableName: string;
  region: string;
  /** DynamoDB Local endpoint; unset in AWS. */
  dynamoEndpoint?: string;
  /** Production hides introspection and internal error details. */
  production: boolean;
  /** HMAC key that makes pagination cursors tamper-evident (required in production). */
  cursorSecret: string;
}

/** Used outside production only, so local cursors survive restarts. */
export const DEVELOPMENT_CURSOR_SECRET = 'chainfit-development-cursor-secret';

export function loadRuntimeConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const endpoint = env.DYNAMODB_ENDPOINT?.trim();
  const production = env.NODE_ENV === 'production';
  return {
    tableName: getStringFromEnv('TABLE_NAME', env),
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'ap-northeast-2',
    ...(endpoint ? { dynamoEndpoint: endpoint } : {}),
    production,
    cursorSecret: production ? getStringFromEnv('CURSOR_SECRET', env) : (env.CURSOR_SECRET ?? DEVELOPMENT_CURSOR_SECRET),
  };
}
