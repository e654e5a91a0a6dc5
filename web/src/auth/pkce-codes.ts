/**
 * The pure parts of OAuth 2.0 authorization code with PKCE (RFC 7636) against
 * Cognito's managed login: verifier, challenge, the authorize URL and the token
 * request. No DOM here, so unit tests run them in Node.
 */
import type { CognitoAuthConfig } from '../api/config.js';

/** Path Cognito redirects back to (infra/constructs/identity.ts registers `<origin>/auth/callback`). */
export const CALLBACK_PATH = '/auth/callback';

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A fresh high-entropy code verifier (43 characters of base64url). */
export function randomVerifier(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** The S256 code challenge of a verifier. */
export async function challengeFor(verifier: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64Url(new Uint8Array(digest));
}

/** The managed-login URL for one sign-in attempt. */
export function authorizeUrl(config: CognitoAuthConfig, redirectUri: string, challenge: string, state: string): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: config.clientId,
    redirect_uri: redirectUri,
    scope: config.scopes.join(' '),
    state,
    code_challenge_method: 'S256',
    code_challenge: challenge,
  });
  return `${config.domain}/oauth2/authorize?${query.toString()}`;
}

/** The body of the token request that redeems an authorization code. */
export function tokenRequestBody(config: CognitoAuthConfig, code: string, verifier: string, redirectUri: string): URLSearchParams {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    client_id: config.clientId,
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
  });
}
