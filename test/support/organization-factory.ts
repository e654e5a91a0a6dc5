/**
 * Small factories for organization and collaboration tests: domain drafts and
 * objects (unit tests) and GraphQL inputs (integration tests), each valid
 * unless overridden, using real segment and park ids of the zone model.
 */
import type { Collaboration } from '../../functions/core/collaboration.js';
import { newCollaboration, type CollaborationDraft } from '../../functions/core/collaboration-draft.js';
import type { Organization } from '../../functions/core/organization.js';
import { newOrganization, type OrganizationDraft } from '../../functions/core/organization-draft.js';

export const NOW = new Date('2026-06-01T00:00:00.000Z');

/** A Korean IGBT maker seeking Chinese electric-drive makers. */
export function anOrganizationDraft(overrides: Partial<OrganizationDraft> = {}): OrganizationDraft {
  return {
    type: 'ENTERPRISE',
    country: 'KR',
    region: 'Gyeonggi',
    city: 'Suwon',
    name: { en: 'Hanbit Power Devices (Test)', ko: '한빛파워디바이스 (테스트)' },
    description: { en: 'Makes 1200 V IGBT modules for traction inverters.' },
    website: 'https://hanbit-power.example',
    foundedYear: 2009,
    sizeBand: 'FROM_50_TO_249',
    offers: [{ segmentId: 'semi.power-semiconductors', note: '1200 V IGBT modules' }],
    seeks: ['nev.electric-drive'],
    keywords: ['IGBT', 'SiC'],
    cooperationModes: ['SUPPLY_AGREEMENT', 'JOINT_RND'],
    preferences: { countries: ['CN'], types: ['ENTERPRISE'], parks: ['new-energy-vehicle-park'], languages: ['en', 'ko'] },
    technology: { maturity: 'ON_THE_MARKET', ipStatus: 'GRANTED' },
    contact: { person: 'Kim Minjun', email: 'minjun.kim@hanbit-power.example', phone: '+82 31 555 0100' },
    ...overrides,
  };
}

export function anOrganization(overrides: Partial<Organization> = {}): Organization {
  return { ...newOrganization(anOrganizationDraft(), overrides.id ?? 'org-hanbit', NOW), ...overrides };
}

/** A technology offer of the IGBT maker, open for a year. */
export function aCollaborationDraft(overrides: Partial<CollaborationDraft> = {}): CollaborationDraft {
  return {
    ownerOrganizationId: 'org-hanbit',
    kind: 'TECHNOLOGY_OFFER',
    title: { en: 'SiC power modules for 800 V drives' },
    summary: { en: 'Licensing our SiC module packaging to an electric-drive maker.' },
    segments: ['semi.power-semiconductors'],
    cooperationModes: ['TECHNOLOGY_LICENSING'],
    partnerTypes: ['ENTERPRISE'],
    partnerCountries: ['CN'],
    maturity: 'AVAILABLE_FOR_DEMONSTRATION',
    ipStatus: 'APPLIED',
    openForInterest: true,
    ...overrides,
  };
}

export function aCollaboration(overrides: Partial<Collaboration> = {}): Collaboration {
  return { ...newCollaboration(aCollaborationDraft(), overrides.id ?? 'col-sic', NOW), ...overrides };
}

/** GraphQL input of registerOrganization for the draft (plus an idempotency key). */
export function aRegisterInput(idempotencyKey: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { idempotencyKey, ...anOrganizationDraft(), ...overrides };
}

/** GraphQL input of postCollaboration for the draft (plus an idempotency key). */
export function aPostInput(
  idempotencyKey: string,
  organizationId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  const { ownerOrganizationId: _owner, ...draft } = aCollaborationDraft();
  return { idempotencyKey, organizationId, ...draft, ...overrides };
}
