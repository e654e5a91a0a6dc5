/**
 * Pure builders of an organization's own items: the profile, and one listing
 * item per gsi1 facet (all organizations; each offered segment) carrying the
 * attributes list filters test (chains and parks are filtered, not faceted:
 * fewer items per profile keep writes and demo loading cheap).
 */
import type { ChainCatalog } from '../core/chain-catalog.js';
import type { Organization } from '../core/organization.js';
import { organizationKey, organizationListKey, organizationListPartition, type Item, type OrganizationFacet } from './item-keys.js';

export const ORGANIZATION_ENTITY = 'ORGANIZATION';
export const ORGANIZATION_LISTING_ENTITY = 'ORGANIZATION_LISTING';

export function organizationProfileItem(org: Organization): Item {
  return { ...organizationKey(org.id), entity: ORGANIZATION_ENTITY, ...org };
}

export function organizationFromItem(item: Record<string, unknown>): Organization {
  const { pk: _pk, sk: _sk, entity: _entity, ...org } = item;
  return org as unknown as Organization;
}

/** Distinct chains of the segments an organization offers. */
export function offeredChainsOf(org: Pick<Organization, 'offers'>, catalog: ChainCatalog): string[] {
  return [...new Set(org.offers.flatMap((offer) => catalog.chainIdOf(offer.segmentId) ?? []))];
}

export function organizationListingItems(org: Organization, catalog: ChainCatalog): Item[] {
  const offers = org.offers.map((offer) => offer.segmentId);
  const chains = offeredChainsOf(org, catalog);
  const summary = { entity: ORGANIZATION_LISTING_ENTITY, organizationId: org.id, country: org.country, type: org.type, verification: org.verification, offers, chains, parks: org.preferences.parks };
  const item = (facet: OrganizationFacet, value?: string): Item => ({
    ...organizationListKey(org.id, facet, value),
    gsi1pk: organizationListPartition(facet, value),
    gsi1sk: `ORG#${org.id}`,
    ...summary,
  });
  return [
    item('ALL'),
    ...offers.map((segmentId) => item('SEGMENT', segmentId)),
  ];
}

/** Every item that represents an organization, derived from it alone. */
export function allOrganizationItems(org: Organization, catalog: ChainCatalog): Item[] {
  return [organizationProfileItem(org), ...organizationListingItems(org, catalog)];
}
