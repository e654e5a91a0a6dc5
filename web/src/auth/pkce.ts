/**
 * Sign-in with Cognito's managed login in the browser (authorization code with
 * PKCE): the verifier and state wait in sessionStorage between the redirect and
 * the callback; no client secret exists (a public client).
 */
import type { CognitoAuthConfig } from '../api/config.js';
import { authorizeUrl, CALLBACK_PATH, challengeFor, randomVerifier, tokenRequestBody } from './pkce-codes.js';

export { CALLBACK_PATH } from './pkce-codes.js';
const PENDING_KEY = 'chainfit.pkce';

/** Starts sign-in: remembers verifier and state, then leaves for Cognito. */
export async function beginSignIn(config: CognitoAuthConfig): Promise<void> {
  const verifier = randomVerifier();
  const state = randomVerifier();
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  window.location.assign(authorizeUrl(config, `${window.location.origin}${CALLBACK_PATH}`, await challengeFor(verifier), state));
}

/** Completes sign-in on the callback URL: checks state, redeems the code, returns the ID token. */
export async function completeSignIn(config: CognitoAuthConfig, callbackUrl: URL): Promise<string> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? 'null') as { verifier: string; state: string } | null;
  sessionStorage.removeItem(PENDING_KEY);
  const code = callbackUrl.searchParams.get('code');
  const error = callbackUrl.searchParams.get('error');
  if (error) throw new Error(error);
  // A callback we did not start (or a replayed one) must not sign anyone in.
  if (!pending || !code || callbackUrl.searchParams.get('state') !== pending.state) throw new Error('state mismatch');
  const response = await fetch(`${config.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: tokenRequestBody(config, code, pending.verifier, `${callbackUrl.origin}${CALLBACK_PATH}`),
  });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  // The ID token carries the group and organization claims the API reads.
  const tokens = (await response.json()) as { id_token?: string };
  if (!tokens.id_token) throw new Error('no id_token');
  return tokens.id_token;
}
