/**
 * The console's runtime configuration in AWS (web/src/api/config.ts). The stack
 * writes it as config.json into the console bucket at deploy time
 * (infra/constructs/console.ts, a BucketDeployment whose JSON carries the portal
 * client id and Cognito domain as tokens). That is no cycle: the portal client
 * depends on the distribution (its callback URL), the deployment on the client
 * and the distribution, and nothing depends on the deployment; only the
 * distribution itself could not carry the client id. `npm run console:config`
 * still builds the same file from a stack's outputs, for a local web/dist.
 */
import { GRAPHQL_PATH, PUBLIC_GRAPHQL_PATH } from './constructs/graphql-api.js';

/** The console's configuration for Cognito managed login. */
export interface AwsConsoleConfig {
  graphqlPath: string;
  publicGraphqlPath: string;
  auth: { kind: 'cognito'; domain: string; clientId: string; scopes: string[] };
}

/** Scopes the portal client allows (infra/constructs/identity.ts). */
export const CONSOLE_SCOPES = ['openid', 'email', 'profile'];

/** The object key of the configuration in the console bucket (web/src/api/config.ts fetches /config.json). */
export const CONSOLE_CONFIG_KEY = 'config.json';

/** The configuration for a Cognito domain and portal client (values or deploy-time tokens). */
export function consoleConfigOf(domain: string, clientId: string): AwsConsoleConfig {
  return {
    graphqlPath: GRAPHQL_PATH,
    publicGraphqlPath: PUBLIC_GRAPHQL_PATH,
    auth: { kind: 'cognito', domain, clientId, scopes: CONSOLE_SCOPES },
  };
}

/** The configuration from one stack's outputs; throws naming a missing output. */
export function consoleConfigFromOutputs(outputs: Record<string, string>): AwsConsoleConfig {
  const need = (name: string) => {
    const value = outputs[name];
    if (!value) throw new Error(`stack output ${name} is missing: deploy with --outputs-file and pass that file`);
    return value;
  };
  return consoleConfigOf(need('AuthDomain'), need('PortalClientId'));
}
