/**
 * What the console reads from its token: the same claims the API's
 * principalFromClaims reads (functions/core/access/principal.ts). The token is
 * only decoded here, for display and navigation; the API verifies it.
 */

/** The Cognito group of zone administrators (functions/core/access/principal.ts, ADMIN_GROUP). */
export const ADMIN_GROUP = 'zone-admin';
/**
 * The organization a local dev member token stands for (functions/local/dev-issuer.ts,
 * DEV_MEMBERSHIP_CLAIM). Memberships live in DynamoDB now; reading them with `me`
 * instead of a claim is the console's next step (issue 12's note).
 */
export const ORGANIZATION_CLAIM = 'chainfit:dev-member-of';

/** Who the signed-in person is, as far as the console needs to know. */
export type SessionRole = { kind: 'admin' } | { kind: 'member'; organizationId: string } | { kind: 'user' };

/** The payload of a JWT, unverified. */
export function decodeJwtPayload(token: string): Record<string, unknown> {
  const payload = token.split('.')[1];
  if (!payload) throw new Error('not a JWT');
  const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
  const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
  return JSON.parse(json) as Record<string, unknown>;
}

/** The role a token's claims give, in the API's order: administrator, else member, else user. */
export function roleFromClaims(claims: Record<string, unknown>): SessionRole {
  const groups = claims['cognito:groups'];
  if (Array.isArray(groups) && groups.includes(ADMIN_GROUP)) return { kind: 'admin' };
  const organizationId = claims[ORGANIZATION_CLAIM];
  if (typeof organizationId === 'string' && organizationId) return { kind: 'member', organizationId };
  return { kind: 'user' };
}
