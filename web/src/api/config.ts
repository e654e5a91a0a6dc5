/**
 * Runtime configuration, read once from /config.json so one build serves every
 * stage: the local server answers it with the development sign-in, the AWS
 * deployment with the Cognito domain and app client (infra/constructs/console.ts).
 */

/** Sign-in locally: the local server's development sign-in endpoint. */
export interface DevAuthConfig {
  kind: 'dev';
  /** POST { role, organizationId? } → { token }. */
  signInPath: string;
}

/** Sign-in in AWS: Cognito managed login, authorization code with PKCE. */
export interface CognitoAuthConfig {
  kind: 'cognito';
  /** https://<prefix>.auth.<region>.amazoncognito.com */
  domain: string;
  clientId: string;
  scopes: string[];
}

/** The console's runtime configuration. */
export interface ConsoleConfig {
  /** GraphQL with a bearer token. */
  graphqlPath: string;
  /** GraphQL without one (in AWS a separate route: the JWT authorizer rejects token-less requests). */
  publicGraphqlPath: string;
  auth: DevAuthConfig | CognitoAuthConfig;
}

/** Fetches /config.json; fails with a readable error when it is missing or malformed. */
export async function loadConfig(): Promise<ConsoleConfig> {
  // Both servers answer it with no-store / no-cache, so a redeploy's config is seen on the next load.
  const response = await fetch('/config.json');
  if (!response.ok) throw new Error(`/config.json answered ${response.status}`);
  const config = (await response.json()) as Partial<ConsoleConfig>;
  if (!config.graphqlPath || !config.publicGraphqlPath || !config.auth)
    throw new Error('/config.json lacks graphqlPath, publicGraphqlPath or auth');
  return config as ConsoleConfig;
}
