/**
 * What the console reads from its token: only whether the person is a zone
 * administrator (the Cognito group the API's principalFromClaims reads,
 * functions/core/access/principal.ts). Which organizations a person acts for
 * is not in any token: the console asks the API (`me { memberships }`,
 * auth/memberships.tsx). The token is only decoded here; the API verifies it.
 */

/** The Cognito group of zone administrators (functions/core/access/principal.ts, ADMIN_GROUP). */
export const ADMIN_GROUP = 'zone-admin';

/** Who the signed-in person is, as far as the token says: an administrator, or a person whose memberships the API knows. */
export type SessionRole = { kind: 'admin' } | { kind: 'person' };

/** The payload of a JWT, unverified. */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
  return JSON.parse(json) as Record<string, unknown>;
}

/** The role a token's claims give, in the API's order: administrator, else a person. */
export function roleFromClaims(claims: Record<string, unknown>): SessionRole {
  const groups = claims['cognito:groups'];
  if (Array.isArray(groups) && groups.includes(ADMIN_GROUP)) return { kind: 'admin' };
  return { kind: 'person' };
}
