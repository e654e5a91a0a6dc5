/**
 * Deterministic synthetic organizations for the search benchmark: spread over
 * every segment of the zone's model, seeking mostly the segments their own
 * supply links point at (as real organizations do), half Chinese and half
 * Korean, about half verified. Same seed, same organizations.
 */
import { newOrganization } from '../functions/core/organization-draft.js';
import type { Organization } from '../functions/core/organization.js';
import { zoneIndustryChainModel } from '../functions/core/industry-chain/zone-model.js';
import { COOPERATION_MODES, type CooperationMode, type OrganizationType } from '../functions/core/vocabulary.js';
import { pick, seededRandom } from '../test/support/seeded-random.js';

/**
 * `count` distinct items drawn from `list` (fewer when it holds fewer distinct
 * ones: a list of neighbours repeats a segment linked to two offered ones).
 * Bounding by the distinct count, not the length, is what makes it return;
 * every draw that returned before draws the same items now.
 */
export function pickSome<T>(random: () => number, list: readonly T[], count: number): T[] {
  const target = Math.min(count, new Set(list).size);
  const chosen = new Set<T>();
  while (chosen.size < target) chosen.add(pick(random, list));
  return [...chosen];
}

const SEGMENTS = zoneIndustryChainModel.segments().map((segment) => segment.id);
const PARKS = zoneIndustryChainModel.parks().map((park) => park.id);

function soughtSegments(random: () => number, offers: string[]): string[] {
  const linked = offers.flatMap((id) =>
    [...zoneIndustryChainModel.suppliersOf(id), ...zoneIndustryChainModel.customersOf(id)].map((p) => p.segment.id),
  );
  const count = Math.floor(random() * 3);
  return pickSome(random, linked.length > 0 && random() < 0.8 ? linked : SEGMENTS, count).filter((id) => !offers.includes(id));
}

function typeOf(random: () => number): OrganizationType {
  const r = random();
  return r < 0.8 ? 'ENTERPRISE' : r < 0.9 ? 'UNIVERSITY' : 'RESEARCH_INSTITUTE';
}

/** The i-th synthetic organization of the seeded set. */
export function syntheticOrganization(index: number, seed = 20261126): Organization {
  const random = seededRandom(seed + index * 7919);
  const offers = pickSome(random, SEGMENTS, random() < 0.7 ? 1 : 2);
  const type = typeOf(random);
  const modes: CooperationMode[] = pickSome(random, COOPERATION_MODES, 1 + Math.floor(random() * 3));
  const id = `bench-${String(index).padStart(6, '0')}`;
  const org = newOrganization(
    {
      type,
      country: random() < 0.5 ? 'CN' : 'KR',
      name: { en: `Synthetic organization ${index}`, zh: `合成机构${index}`, ko: `합성 기관 ${index}` },
      description: { en: 'Synthetic benchmark organization.' },
      offers: offers.map((segmentId) => ({ segmentId })),
      seeks: soughtSegments(random, offers),
      keywords: [],
      cooperationModes: modes,
      preferences: { countries: [], types: [], parks: random() < 0.3 ? [pick(random, PARKS)] : [], languages: ['en'] },
      contact: { person: 'Bench Contact', email: `contact-${index}@bench.example` },
    },
    id,
    new Date('2026-11-26T00:00:00.000Z'),
  );
  return { ...org, verification: random() < 0.5 ? 'VERIFIED' : 'UNVERIFIED' };
}

export function syntheticOrganizations(count: number, seed?: number): Organization[] {
  return Array.from({ length: count }, (_, i) => syntheticOrganization(i, seed));
}
