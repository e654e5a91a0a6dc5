/**
 * The identity of a match: the unordered pair of organizations plus the
 * collaboration it started from (if any). The match id is derived from that identity,
 * so every expression of interest for the same pair and collaboration addresses the
 * same record, whoever sends it and however many arrive at once.
 */

export interface MatchIdentity {
  /** The pair in a canonical order (lexicographically lower id first). */
  lowOrganizationId: string;
  highOrganizationId: string;
  collaborationId?: string;
}

/** The identity of the match between two organizations (in either order), about an optional collaboration. */
export function matchIdentity(organizationA: string, organizationB: string, collaborationId?: string | null): MatchIdentity {
  const [low, high] = organizationA < organizationB ? [organizationA, organizationB] : [organizationB, organizationA];
  return { lowOrganizationId: low, highOrganizationId: high, ...(collaborationId ? { collaborationId } : {}) };
}

/** The opaque, URL-safe match id of an identity (reversible, so a match id alone locates its record). */
export function matchIdOf(identity: MatchIdentity): string {
  const parts = [identity.lowOrganizationId, identity.highOrganizationId, ...(identity.collaborationId ? [identity.collaborationId] : [])];
  return Buffer.from(JSON.stringify(parts), 'utf8').toString('base64url');
}

/** The identity a match id names, or null when the id was not made by matchIdOf. */
export function parseMatchId(matchId: string): MatchIdentity | null {
  if (!/^[A-Za-z0-9_-]{1,1024}$/.test(matchId)) return null;
  let parts: unknown;
  try {
    parts = JSON.parse(Buffer.from(matchId, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length < 2 || parts.length > 3) return null;
  if (!parts.every((part): part is string => typeof part === 'string' && part !== '')) return null;
  const [low, high, collaborationId] = parts as [string, string, string | undefined];
  if (!(low < high)) return null;
  const identity = matchIdentity(low, high, collaborationId);
  // Re-encoding must give the same id, so one identity never has two ids.
  return matchIdOf(identity) === matchId ? identity : null;
}
