/**
 * Pure builders of an organization's industry-chain index items, the ones
 * matching reads candidates through: one per offered segment
 * (`SEGMENT#<S>` / `OFFERS#<tier>#<id>`) and one per sought segment
 * (`SEEKS#<tier>#<id>`), each carrying the organization's MatchProfile.
 * Suspended organizations have none, so matching never proposes them.
 */
import { matchProfileOf, type MatchProfile } from '../core/match-profile.js';
import type { Organization } from '../core/organization.js';
import { offersIndexKey, seeksIndexKey, VERIFICATION_TIER, type Item } from './item-keys.js';

export const MATCH_INDEX_ENTITY = 'MATCH_INDEX';

/** The tier of an organization in index sort keys, or null when it must not be indexed. */
export function indexTierOf(org: Pick<Organization, 'verification'>): string | null {
  if (org.verification === 'SUSPENDED') return null;
  return VERIFICATION_TIER[org.verification];
}

export function organizationIndexItems(org: Organization): Item[] {
  const tier = indexTierOf(org);
  if (tier === null) return [];
  const profile = matchProfileOf(org);
  const item = (key: { pk: string; sk: string }, role: 'OFFERS' | 'SEEKS', segmentId: string): Item => ({
    ...key,
    entity: MATCH_INDEX_ENTITY,
    role,
    segmentId,
    organizationId: org.id,
    profile,
  });
  return [
    ...profile.offers.map((segmentId) => item(offersIndexKey(segmentId, tier, org.id), 'OFFERS', segmentId)),
    ...profile.seeks.map((segmentId) => item(seeksIndexKey(segmentId, tier, org.id), 'SEEKS', segmentId)),
  ];
}

/** Reads the profile back from an index item. */
export function matchProfileFromIndexItem(item: Record<string, unknown>): MatchProfile {
  return item.profile as MatchProfile;
}
