import { describe, expect, it } from 'vitest';
import { authorizeUrl, challengeFor, randomVerifier, tokenRequestBody } from '../../../web/src/auth/pkce-codes.js';

const cognito = {
  kind: 'cognito' as const,
  domain: 'https://chainfit.auth.ap-northeast-2.amazoncognito.com',
  clientId: 'portal-client',
  scopes: ['openid', 'email'],
};

describe('PKCE (RFC 7636)', () => {
  it('derives the S256 challenge of the RFC 7636 appendix B example', async () => {
    expect(await challengeFor('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes verifiers of 43 base64url characters, different each time', () => {
    const verifier = randomVerifier();
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomVerifier()).not.toBe(verifier);
  });

  it('asks Cognito for a code with the S256 challenge, state and callback', () => {
    const url = new URL(authorizeUrl(cognito, 'https://console.example/auth/callback', 'challenge', 'state-1'));
    expect(`${url.origin}${url.pathname}`).toBe('https://chainfit.auth.ap-northeast-2.amazoncognito.com/oauth2/authorize');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'portal-client',
      redirect_uri: 'https://console.example/auth/callback',
      scope: 'openid email',
      state: 'state-1',
      code_challenge_method: 'S256',
      code_challenge: 'challenge',
    });
  });

  it('redeems the code with the verifier and no client secret', () => {
    expect(Object.fromEntries(tokenRequestBody(cognito, 'code-1', 'verifier-1', 'https://console.example/auth/callback'))).toEqual({
      grant_type: 'authorization_code',
      client_id: 'portal-client',
      code: 'code-1',
      redirect_uri: 'https://console.example/auth/callback',
      code_verifier: 'verifier-1',
    });
  });
});
