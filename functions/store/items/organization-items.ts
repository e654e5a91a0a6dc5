/**
 * An organization's own items: the profile (`ORG#<id>` / `PROFILE`), and one
 * listing item per gsi1 facet (all organizations; each offered segment)
 * carrying the attributes list filters test. Chains and parks are filtered,
 * not faceted: fewer items per profile keep writes and demo loading cheap.
 */
import type { ChainCatalog } from '../../core/industry-chain/chain-catalog.js';
import {
  SIZE_BANDS,
  type ContactDetails,
  type Organization,
  type PartnerPreferences,
  type SegmentOffer,
  type TechnologyProfile,
} from '../../core/organization.js';
import type { VerifiedIdentity } from '../../core/membership/verification-review.js';
import { LOCALES } from '../../core/vocabulary.js';
import type { OrganizationFacts } from '../../core/zone-statistics.js';
import {
  cooperationMode,
  country,
  ipStatus,
  localizedText,
  organizationType,
  strings,
  technologyMaturity,
  verification,
} from './domain-fields.js';
import { list, num, oneOf, optional, parseItem, shape, str, type Field } from './item-parser.js';
import { declareItemType } from './item-type.js';
import {
  indexKey,
  organizationKey,
  organizationListKey,
  organizationListPartition,
  organizationListPosition,
  type Item,
  type OrganizationFacet,
} from './keys.js';

const organization: Field<Organization> = shape<Organization>({
  id: str,
  type: organizationType,
  country,
  region: optional(str),
  city: optional(str),
  name: localizedText,
  description: localizedText,
  website: optional(str),
  foundedYear: optional(num),
  sizeBand: optional(oneOf(SIZE_BANDS)),
  offers: list(shape<SegmentOffer>({ segmentId: str, note: optional(str) })),
  seeks: strings,
  keywords: strings,
  cooperationModes: list(cooperationMode),
  preferences: shape<PartnerPreferences>({
    countries: list(country),
    types: list(organizationType),
    parks: strings,
    languages: list(oneOf(LOCALES)),
  }),
  technology: optional(shape<TechnologyProfile>({ maturity: optional(technologyMaturity), ipStatus: optional(ipStatus) })),
  contact: shape<ContactDetails>({ person: str, email: str, phone: optional(str) }),
  verification,
  createdAt: str,
  updatedAt: str,
  version: num,
  // Review facts (core/membership/verification-review.ts); absent on profiles written before reviews existed.
  registeredBy: optional(shape<{ subject: string; email?: string }>({ subject: str, email: optional(str) })),
  queuedAt: optional(str),
  previousVerified: optional(shape<VerifiedIdentity>({ name: localizedText, country, website: optional(str) })),
  verificationNote: optional(str),
});

/** The profile: the whole Organization. */
export const ORGANIZATION_ITEM = declareItemType('ORGANIZATION', organization);

/** What a listing item carries: the attributes the organization list filters test. */
export interface OrganizationListing {
  organizationId: string;
  country: Organization['country'];
  type: Organization['type'];
  verification: Organization['verification'];
  offers: string[];
  chains: string[];
  parks: string[];
}

const listing: Field<OrganizationListing> = shape<OrganizationListing>({
  organizationId: str,
  country,
  type: organizationType,
  verification,
  offers: strings,
  chains: strings,
  parks: strings,
});

/** A listing item (gsi1 `ORGS#ALL`, `ORGS#SEGMENT#<segmentId>`). */
export const ORGANIZATION_LISTING_ITEM = declareItemType('ORGANIZATION_LISTING', listing, { indexes: ['gsi1'] });

/** The facts zone statistics count, read from a listing item projected to them. */
export const organizationFactsOf = (item: Record<string, unknown>): OrganizationFacts =>
  parseItem(
    ORGANIZATION_LISTING_ITEM.entity,
    shape<OrganizationFacts>({ country, type: organizationType, verification, chains: strings }),
    item,
  );

/** The profile item of an organization. */
export function organizationProfileItem(org: Organization): Item {
  return { ...organizationKey(org.id), entity: ORGANIZATION_ITEM.entity, ...org };
}

/** The organization a profile item holds. */
export const organizationFromItem = ORGANIZATION_ITEM.parse;

/** Distinct chains of the segments an organization offers. */
export function offeredChainsOf(org: Pick<Organization, 'offers'>, catalog: ChainCatalog): string[] {
  return [...new Set(org.offers.flatMap((offer) => catalog.chainIdOf(offer.segmentId) ?? []))];
}

/** One listing item per gsi1 facet: all organizations, and each offered segment. */
export function organizationListingItems(org: Organization, catalog: ChainCatalog): Item[] {
  const offers = org.offers.map((offer) => offer.segmentId);
  const summary: OrganizationListing = {
    organizationId: org.id,
    country: org.country,
    type: org.type,
    verification: org.verification,
    offers,
    chains: offeredChainsOf(org, catalog),
    parks: org.preferences.parks,
  };
  const item = (facet: OrganizationFacet, value?: string): Item => ({
    ...organizationListKey(org.id, facet, value),
    ...indexKey('gsi1', organizationListPartition(facet, value), organizationListPosition(org.id)),
    entity: ORGANIZATION_LISTING_ITEM.entity,
    ...summary,
  });
  return [item('ALL'), ...offers.map((segmentId) => item('SEGMENT', segmentId))];
}

/** Every item that represents an organization, derived from it alone. */
export function allOrganizationItems(org: Organization, catalog: ChainCatalog): Item[] {
  return [organizationProfileItem(org), ...organizationListingItems(org, catalog)];
}
