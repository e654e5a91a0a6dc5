/** The organization form's values and their translation to and from the API's inputs (pure). */
import type {
  CooperationMode,
  Country,
  LocalizedTextInput,
  OrganizationType,
  RegisterOrganizationInput,
  TechnologyMaturity,
  UpdateOrganizationInput,
} from '../../generated/graphql.js';

/** What the form edits. */
export interface OrganizationFormValues {
  type: OrganizationType;
  country: Country;
  city: string;
  website: string;
  name: { en: string; zh: string; ko: string };
  description: { en: string; zh: string; ko: string };
  offers: string[];
  seeks: string[];
  cooperationModes: CooperationMode[];
  preferredCountries: Country[];
  maturity: TechnologyMaturity | '';
  contact: { person: string; email: string; phone: string };
}

/** An empty form for registration. */
export function emptyOrganizationForm(country: Country): OrganizationFormValues {
  return {
    type: 'ENTERPRISE',
    country,
    city: '',
    website: '',
    name: { en: '', zh: '', ko: '' },
    description: { en: '', zh: '', ko: '' },
    offers: [],
    seeks: [],
    cooperationModes: [],
    preferredCountries: [],
    maturity: '',
    contact: { person: '', email: '', phone: '' },
  };
}

/** Text in the languages filled in: the API refuses blank translations. */
export function localizedInput(text: { en: string; zh: string; ko: string }): LocalizedTextInput {
  return Object.fromEntries(
    Object.entries(text)
      .filter(([, value]) => value.trim() !== '')
      .map(([key, value]) => [key, value.trim()]),
  );
}

function optional(value: string): string | undefined {
  return value.trim() === '' ? undefined : value.trim();
}

function profileFields(values: OrganizationFormValues) {
  return {
    type: values.type,
    country: values.country,
    city: optional(values.city),
    website: optional(values.website),
    name: localizedInput(values.name),
    description: localizedInput(values.description),
    offers: values.offers.map((segmentId) => ({ segmentId })),
    seeks: values.seeks,
    cooperationModes: values.cooperationModes,
    preferences: { countries: values.preferredCountries },
    technology: values.maturity ? { maturity: values.maturity } : undefined,
    contact: { person: values.contact.person.trim(), email: values.contact.email.trim(), phone: optional(values.contact.phone) },
  };
}

/** The registration input. */
export function registerInput(values: OrganizationFormValues, idempotencyKey: string): RegisterOrganizationInput {
  return { idempotencyKey, ...profileFields(values) };
}

/** The update input for the version the form was loaded from. */
export function updateInput(values: OrganizationFormValues, id: string, version: number): UpdateOrganizationInput {
  return { id, version, ...profileFields(values) };
}

/** The profile as the API returns it, for formValuesOf. */
export interface LoadedOrganization {
  type: OrganizationType;
  country: Country;
  city?: string | null;
  website?: string | null;
  name: { en?: string | null; zh?: string | null; ko?: string | null };
  description: { en?: string | null; zh?: string | null; ko?: string | null };
  offers: { segmentId: string }[];
  seeks: string[];
  cooperationModes: CooperationMode[];
  preferences: { countries: Country[] };
  technology?: { maturity?: TechnologyMaturity | null } | null;
  contact?: { person: string; email: string; phone?: string | null } | null;
}

function texts(text: LoadedOrganization['name']) {
  return { en: text.en ?? '', zh: text.zh ?? '', ko: text.ko ?? '' };
}

/** The form values of a loaded profile. */
export function formValuesOf(organization: LoadedOrganization): OrganizationFormValues {
  return {
    type: organization.type,
    country: organization.country,
    city: organization.city ?? '',
    website: organization.website ?? '',
    name: texts(organization.name),
    description: texts(organization.description),
    offers: organization.offers.map((offer) => offer.segmentId),
    seeks: [...organization.seeks],
    cooperationModes: [...organization.cooperationModes],
    preferredCountries: [...organization.preferences.countries],
    maturity: organization.technology?.maturity ?? '',
    contact: {
      person: organization.contact?.person ?? '',
      email: organization.contact?.email ?? '',
      phone: organization.contact?.phone ?? '',
    },
  };
}
