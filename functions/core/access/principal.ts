/**
 * Who is calling: turns verified token claims into a Principal. The same
 * function serves Lambda (claims from API Gateway's JWT authorizer, where every
 * claim arrives as a string) and the local server (claims from the dev issuer's
 * verified token), so roles cannot differ between the two.
 */

/** The Cognito group (and dev-token role) of zone administrators. */
export const ADMIN_GROUP = 'zone-admin';
/** The custom attribute naming a member's organization. */
export const ORGANIZATION_CLAIM = 'custom:organizationId';
/** OAuth scopes granted to partner apps (client-credentials app clients). */
export const PARTNER_READ_SCOPE = 'chainfit/partner.read';

export type Principal =
  | { role: 'ANONYMOUS' }
  | { role: 'PARTNER'; clientId: string; scopes: string[] }
  /** A signed-in user; `organizationId` is absent until the user's organization is linked. */
  | { role: 'MEMBER'; subject: string; organizationId?: string }
  | { role: 'ADMIN'; subject: string };

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
    return text.slice(1, -1).split(/[\s,]+/).filter(Boolean);
  }
  return text.split(/[\s,]+/).filter(Boolean);
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
  if (subject && groups.includes(ADMIN_GROUP)) return { role: 'ADMIN', subject };

  const username = stringClaim(claims, 'username') ?? stringClaim(claims, 'cognito:username');
  const scopes = listClaim(claims.scope);
  const clientId = stringClaim(claims, 'client_id');
  // Client-credentials tokens name a client and scopes but no user.
  if (!username && clientId && scopes.includes(PARTNER_READ_SCOPE)) {
    return { role: 'PARTNER', clientId, scopes };
  }
  if (subject && (username || stringClaim(claims, 'token_use') === 'id')) {
    const organizationId = stringClaim(claims, ORGANIZATION_CLAIM);
    return organizationId ? { role: 'MEMBER', subject, organizationId } : { role: 'MEMBER', subject };
  }
  return ANONYMOUS;
}
