/**
 * The console's runtime configuration in AWS (web/src/api/config.ts), built from
 * the stack's outputs (`cdk deploy --outputs-file`) and uploaded as config.json
 * next to the console (scripts/console-config.ts). A deploy-time file, not a
 * template value: the portal client's callback URL names the distribution, so the
 * distribution cannot carry the client id without a dependency cycle.
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

/** The configuration from one stack's outputs; throws naming a missing output. */
export function consoleConfigFromOutputs(outputs: Record<string, string>): AwsConsoleConfig {
  const need = (name: string) => {
    const value = outputs[name];
    if (!value) throw new Error(`stack output ${name} is missing: deploy with --outputs-file and pass that file`);
    return value;
  };
  return {
    graphqlPath: GRAPHQL_PATH,
    publicGraphqlPath: PUBLIC_GRAPHQL_PATH,
    auth: { kind: 'cognito', domain: need('AuthDomain'), clientId: need('PortalClientId'), scopes: CONSOLE_SCOPES },
  };
}
