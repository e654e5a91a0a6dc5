/**
 * Deterministic factories turning demo archetypes into organizations and
 * collaborations with fixed ids (`demo-org-<archetype>-<n>`, `demo-col-<archetype>-<n>`):
 * the same input always gives the same data set, so loading is idempotent.
 */
import type { Collaboration } from '../../../functions/core/collaboration.js';
import type { Organization, VerificationStatus } from '../../../functions/core/organization.js';
import type { TrilingualText } from '../../../functions/core/vocabulary.js';
import type { DemoArchetype, DemoCollaborationTemplate } from './archetype.js';
import { CHINESE_PEOPLE, CHINESE_PLACES, CHINESE_STEMS, KOREAN_PEOPLE, KOREAN_PLACES, KOREAN_STEMS } from './demo-names.js';

const DAY_MS = 86_400_000;
/** Demo organizations were "registered" an hour apart from this instant. */
const REGISTRATION_START = Date.parse('2026-01-05T00:00:00.000Z');

function pick<T>(list: readonly T[], index: number): T {
  return list[index % list.length] as T;
}

/** "(Demo)"-suffixed names in all three languages, by organization type. */
export function demoName(archetype: DemoArchetype, stem: TrilingualText): TrilingualText {
  const { field } = archetype;
  switch (archetype.type) {
    case 'UNIVERSITY':
      return {
        en: `${stem.en} University of ${field.en} (Demo)`,
        zh: `${stem.zh}${field.zh}大学（示范）`,
        ko: `${stem.ko}${field.ko}대학교 (데모)`,
      };
    case 'RESEARCH_INSTITUTE':
      return {
        en: `${stem.en} Institute of ${field.en} (Demo)`,
        zh: `${stem.zh}${field.zh}研究院（示范）`,
        ko: `${stem.ko}${field.ko}연구원 (데모)`,
      };
    case 'ENTERPRISE':
      return { en: `${stem.en} ${field.en} (Demo)`, zh: `${stem.zh}${field.zh}（示范）`, ko: `${stem.ko} ${field.ko} (데모)` };
  }
}

/** Every third organization is verified; one is suspended so the demo shows suspension. */
function verificationOf(id: string, serial: number): VerificationStatus {
  if (id === 'demo-org-cn-protective-4') return 'SUSPENDED';
  return serial % 3 === 0 ? 'VERIFIED' : 'UNVERIFIED';
}

/**
 * The `index`-th organization of an archetype.
 * @param serial position in the whole data set (spreads registration times and verification)
 */
export function demoOrganization(archetype: DemoArchetype, index: number, serial: number): Organization {
  const korean = archetype.country === 'KR';
  const stem = pick(korean ? KOREAN_STEMS : CHINESE_STEMS, index + archetype.key.length);
  const place = pick(korean ? KOREAN_PLACES : CHINESE_PLACES, index + serial);
  const id = `demo-org-${archetype.key}-${index + 1}`;
  const slug = `${stem.en}-${archetype.key}`.toLowerCase();
  const at = new Date(REGISTRATION_START + serial * 3_600_000).toISOString();
  return {
    id,
    type: archetype.type,
    country: archetype.country,
    ...place,
    name: demoName(archetype, stem),
    description: { en: `${archetype.description} Based in ${place.city}. Fictional demo profile.` },
    website: `https://${slug}.example`,
    foundedYear: 1990 + ((serial * 7) % 33),
    ...(archetype.type === 'ENTERPRISE' && archetype.sizeBand ? { sizeBand: archetype.sizeBand } : {}),
    offers: archetype.offers.map((offer) => ({ ...offer })),
    seeks: [...archetype.seeks],
    keywords: [...archetype.keywords],
    cooperationModes: [...archetype.modes],
    preferences: {
      countries: [...archetype.partnerCountries],
      types: [...archetype.partnerTypes],
      parks: [...archetype.parks],
      languages: korean ? ['ko', 'en'] : ['zh', 'en'],
    },
    ...(archetype.technology ? { technology: { ...archetype.technology } } : {}),
    contact: {
      person: pick(korean ? KOREAN_PEOPLE : CHINESE_PEOPLE, serial),
      email: `partnering@${slug}.example`,
      phone: korean ? `+82 2 555 ${String(1000 + serial).slice(-4)}` : `+86 431 5550 ${String(1000 + serial).slice(-4)}`,
    },
    verification: verificationOf(id, serial),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}

/**
 * A collaboration of `owner` from a template, published `ageDays` before `now`.
 * Expiry is a year after publication, so old enough collaborations read as EXPIRED.
 */
export function demoCollaboration(template: DemoCollaborationTemplate, owner: Organization, ageDays: number, now: Date): Collaboration {
  const published = new Date(now.getTime() - ageDays * DAY_MS);
  const at = published.toISOString();
  return {
    id: owner.id.replace('demo-org-', 'demo-col-'),
    ownerOrganizationId: owner.id,
    kind: template.kind,
    title: { ...template.title },
    summary: { en: `${template.summary} (Fictional demo collaboration.)` },
    segments: [...template.segments],
    cooperationModes: [...template.modes],
    partnerTypes: [...template.partnerTypes],
    partnerCountries: [...template.partnerCountries],
    ...(template.maturity ? { maturity: template.maturity } : {}),
    ...(template.ipStatus ? { ipStatus: template.ipStatus } : {}),
    expiresAt: new Date(published.getTime() + 365 * DAY_MS).toISOString(),
    status: 'OPEN',
    openForInterest: true,
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
}
