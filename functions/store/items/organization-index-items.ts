/**
 * An organization's industry-chain index items, the ones matching reads
 * candidates through: one per offered segment (`SEGMENT#<S>` /
 * `OFFERS#<tier>#<id>`) and one per sought segment (`SEEKS#<tier>#<id>`), each
 * carrying the organization's MatchProfile. Suspended organizations have
 * none, so matching never proposes them.
 */
import { matchProfileOf } from '../../core/match-profile.js';
import type { Organization } from '../../core/organization.js';
import { matchProfile } from './domain-fields.js';
import { declareItemType } from './item-type.js';
import { offersIndexKey, seeksIndexKey, VERIFICATION_TIER, type Item, type ItemKey } from './keys.js';

/** An offers or seeks index item; its value is the profile it carries. */
export const MATCH_INDEX_ITEM = declareItemType('MATCH_INDEX', matchProfile, { carriedIn: 'profile' });

/** The tier of an organization in index sort keys, or null when it must not be indexed. */
export function indexTierOf(org: Pick<Organization, 'verification'>): string | null {
  if (org.verification === 'SUSPENDED') return null;
  return VERIFICATION_TIER[org.verification];
}

/** The offers and seeks index items of an organization; none while it is suspended. */
export function organizationIndexItems(org: Organization): Item[] {
  const tier = indexTierOf(org);
  if (tier === null) return [];
  const profile = matchProfileOf(org);
  const item = (key: ItemKey, role: 'OFFERS' | 'SEEKS', segmentId: string): Item => ({
    ...key,
    entity: MATCH_INDEX_ITEM.entity,
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
export const matchProfileFromIndexItem = MATCH_INDEX_ITEM.parse;
