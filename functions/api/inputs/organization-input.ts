/**
 * Maps registerOrganization / updateOrganization inputs to domain drafts and
 * patches. Shape only: the rules live in core/validation.
 */
import type { OrganizationDraft, OrganizationPatch } from '../../core/organization-draft.js';
import type { PartnerPreferences, SegmentOffer, TechnologyProfile } from '../../core/organization.js';
import type {
  ContactDetailsInput,
  PartnerPreferencesInput,
  RegisterOrganizationInput,
  SegmentOfferInput,
  TechnologyProfileInput,
  UpdateOrganizationInput,
} from '../generated/resolvers-types.js';
import { definedOnly, localizedTextOf, type InputValue } from './input-values.js';

const offersOf = (offers: SegmentOfferInput[]): SegmentOffer[] =>
  offers.map((offer) => ({ segmentId: offer.segmentId, ...definedOnly({ note: offer.note }) }));

const preferencesOf = (input: InputValue<PartnerPreferencesInput>): PartnerPreferences => ({
  countries: input?.countries ?? [],
  types: input?.types ?? [],
  parks: input?.parks ?? [],
  languages: input?.languages ?? [],
});

const contactOf = (input: ContactDetailsInput) => ({ person: input.person, email: input.email, ...definedOnly({ phone: input.phone }) });

function technologyOf(input: InputValue<TechnologyProfileInput>): TechnologyProfile | undefined {
  const technology = definedOnly({ maturity: input?.maturity, ipStatus: input?.ipStatus });
  return Object.keys(technology).length > 0 ? technology : undefined;
}

export function organizationDraftOf(input: RegisterOrganizationInput): OrganizationDraft {
  const technology = technologyOf(input.technology);
  return {
    type: input.type,
    country: input.country,
    ...definedOnly({
      region: input.region,
      city: input.city,
      website: input.website,
      foundedYear: input.foundedYear,
      sizeBand: input.sizeBand,
    }),
    name: localizedTextOf(input.name),
    description: localizedTextOf(input.description),
    offers: offersOf(input.offers),
    seeks: input.seeks ?? [],
    keywords: input.keywords ?? [],
    cooperationModes: input.cooperationModes ?? [],
    preferences: preferencesOf(input.preferences),
    ...(technology ? { technology } : {}),
    contact: contactOf(input.contact),
  };
}

/** Omitted fields keep; null clears the clearable ones and keeps the others. */
export function organizationPatchOf(input: UpdateOrganizationInput): OrganizationPatch {
  return {
    ...definedOnly({
      type: input.type,
      country: input.country,
      keywords: input.keywords,
      cooperationModes: input.cooperationModes,
      seeks: input.seeks,
    }),
    ...(input.name ? { name: localizedTextOf(input.name) } : {}),
    ...(input.description ? { description: localizedTextOf(input.description) } : {}),
    ...(input.offers ? { offers: offersOf(input.offers) } : {}),
    ...(input.preferences ? { preferences: preferencesOf(input.preferences) } : {}),
    ...(input.contact ? { contact: contactOf(input.contact) } : {}),
    region: input.region,
    city: input.city,
    website: input.website,
    foundedYear: input.foundedYear,
    sizeBand: input.sizeBand,
    technology: input.technology === null ? null : technologyOf(input.technology),
  };
}
