/**
 * Takes the place of `@aws-sdk/credential-provider-node` in Lambda bundles
 * (alias in infra/bundling.ts). Lambda hands a function its role's credentials
 * in environment variables (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
 * AWS_SESSION_TOKEN), the first link of the SDK's default chain; the rest of
 * the chain (shared config files, SSO, login, process, web identity, container
 * and instance metadata, and the STS/SSO clients they carry, about 100 kB
 * minified) never answers there. Outside Lambda nothing changes: the local
 * server, scripts and tests import the real chain.
 */
import { fromEnv, type FromEnvInit } from '@aws-sdk/credential-provider-env';
import type { AwsCredentialIdentityProvider } from '@aws-sdk/types';

export function defaultProvider(init?: FromEnvInit): AwsCredentialIdentityProvider {
  return fromEnv(init);
}
