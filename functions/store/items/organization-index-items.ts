/**
 * An organization's candidate index items, the ones partner search reads
 * candidates through: one per offered segment and one per sought segment, in
 * the sub-partition of its country and type group
 * (`CANDIDATES#OFFERS#<S>#<country>#<group>` / `<rank>#<id>`, group ENTERPRISE or
 * RESEARCH, and `SEEKS#`),
 * sorted by its quality key (core/fit/candidate-quality.ts) so the best are
 * read first. Each carries the organization's MatchProfile as JSON text in
 * one string attribute (a search reads up to a few thousand of them, and one
 * string unmarshals far faster than a nested map). Written in the
 * same transaction as the profile, so a new or changed organization is found
 * at once; suspended organizations have none, so matching never proposes them.
 */
import { candidateQuality, MAX_CANDIDATE_QUALITY } from '../../core/fit/candidate-quality.js';
import { candidateTypeGroupOf } from '../../core/fit/search-plan.js';
import { matchProfileOf } from '../../core/match-profile.js';
import type { Organization } from '../../core/organization.js';
import { matchProfile } from './domain-fields.js';
import { jsonText } from './item-parser.js';
import { declareItemType } from './item-type.js';
import { candidateIndexKey, type Item } from './keys.js';

/** A candidate index item; its value is the profile it carries (JSON text). */
export const MATCH_INDEX_ITEM = declareItemType('MATCH_INDEX', jsonText(matchProfile), { carriedIn: 'profile' });

/** The attributes a candidate read fetches: the key (named in errors), the entity tag (checked) and the profile. */
export const MATCH_INDEX_READ_ATTRIBUTES = ['pk', 'sk', 'entity', 'profile'] as const;

/** Whether an organization has candidate index items: every one but a suspended one. */
export function isIndexed(org: Pick<Organization, 'verification'>): boolean {
  return org.verification !== 'SUSPENDED';
}

/** The candidate index items of an organization; none while it is suspended. */
export function organizationIndexItems(org: Organization): Item[] {
  if (!isIndexed(org)) return [];
  const profile = matchProfileOf(org);
  const quality = { value: candidateQuality(profile), max: MAX_CANDIDATE_QUALITY };
  const item = (role: 'OFFERS' | 'SEEKS', segmentId: string): Item => ({
    ...candidateIndexKey({ side: role, segmentId, country: org.country, group: candidateTypeGroupOf(org.type) }, quality, org.id),
    entity: MATCH_INDEX_ITEM.entity,
    role,
    segmentId,
    organizationId: org.id,
    profile: JSON.stringify(profile),
  });
  return [...profile.offers.map((segmentId) => item('OFFERS', segmentId)), ...profile.seeks.map((segmentId) => item('SEEKS', segmentId))];
}

/** Reads the profile back from an index item. */
export const matchProfileFromIndexItem = MATCH_INDEX_ITEM.parse;
