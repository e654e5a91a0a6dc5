/**
 * Who is calling: turns verified token claims into a Principal. The same
 * function serves Lambda (claims from API Gateway's JWT authorizer, where every
 * claim arrives as a string) and the local server (claims from the dev issuer's
 * verified token), so roles cannot differ between the two.
 */
import type { Membership } from './membership.js';

/** The Cognito group (and dev-token role) of zone administrators. */
export const ADMIN_GROUP = 'zone-admin';
/**
 * The Cognito attribute that once named a member's organization. It is never
 * read as a claim: memberships live in the table. It stays in the user pool's
 * schema only because Cognito cannot delete attributes, and the one-time
 * migration (scripts/migrate-organization-attributes.ts) reads it.
 */
export const LEGACY_ORGANIZATION_ATTRIBUTE = 'custom:organizationId';
/** OAuth scopes granted to partner apps (client-credentials app clients). */
export const PARTNER_READ_SCOPE = 'chainfit/partner.read';

/**
 * A signed-in person (role MEMBER whether or not they belong to an
 * organization yet). `email` is present only when the token says it is
 * verified: invitations are matched on it. `memberships` come from the table,
 * never from the token: principalFromClaims leaves them empty and the request
 * fills them in once (functions/app/principal-memberships.ts).
 */
export interface SignedInPerson {
  role: 'MEMBER';
  subject: string;
  email?: string;
  memberships: readonly Membership[];
}

export type Principal =
  | { role: 'ANONYMOUS' }
  | { role: 'PARTNER'; clientId: string; scopes: string[] }
  | SignedInPerson
  | { role: 'ADMIN'; subject: string; email?: string };

export type Role = Principal['role'];
export const ROLES: Role[] = ['ANONYMOUS', 'PARTNER', 'MEMBER', 'ADMIN'];

export const ANONYMOUS: Principal = { role: 'ANONYMOUS' };

export type Claims = Record<string, unknown>;

/** Reads a list claim given as an array, a JSON array string, "[a b]" (API Gateway) or "a b". */
export function listClaim(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (typeof value !== 'string' || value.trim() === '') return [];
  const text = value.trim();
  if (text.startsWith('[') && text.endsWith(']')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // API Gateway renders arrays as "[a b]", which is not JSON.
    }
    return text
      .slice(1, -1)
      .split(/[\s,]+/)
      .filter(Boolean);
  }
  return text.split(/[\s,]+/).filter(Boolean);
}

/** Claims arrive as booleans (dev issuer) or as the strings "true"/"false" (API Gateway). */
function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

/** The email, lower-cased, when the identity provider verified it; otherwise none. */
export function verifiedEmailOf(claims: Claims): string | undefined {
  const email = stringClaim(claims, 'email');
  return email && isTrue(claims.email_verified) ? email.toLowerCase() : undefined;
}

function stringClaim(claims: Claims, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Maps verified claims to a principal. Claims must already be verified (by the
 * API Gateway authorizer or the dev issuer); this function only interprets them.
 */
export function principalFromClaims(claims: Claims | undefined | null): Principal {
  if (!claims) return ANONYMOUS;
  const subject = stringClaim(claims, 'sub');
  const groups = listClaim(claims['cognito:groups']);
  const email = verifiedEmailOf(claims);
  if (subject && groups.includes(ADMIN_GROUP)) return { role: 'ADMIN', subject, ...(email ? { email } : {}) };

  const username = stringClaim(claims, 'username') ?? stringClaim(claims, 'cognito:username');
  const scopes = listClaim(claims.scope);
  const clientId = stringClaim(claims, 'client_id');
  // Client-credentials tokens name a client and scopes but no user.
  if (!username && clientId && scopes.includes(PARTNER_READ_SCOPE)) {
    return { role: 'PARTNER', clientId, scopes };
  }
  if (subject && (username || stringClaim(claims, 'token_use') === 'id')) {
    // Memberships are read from the table per request; no claim can grant one.
    return { role: 'MEMBER', subject, ...(email ? { email } : {}), memberships: [] };
  }
  return ANONYMOUS;
}
