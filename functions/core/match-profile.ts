/**
 * The match-relevant slice of an organization, denormalized onto every
 * industry-chain index item (SEGMENT#<id> / OFFERS|SEEKS#...) so partner search
 * can score candidates from the index alone, without one read per candidate.
 */
import type { Organization, VerificationStatus } from './organization.js';
import type { CooperationMode, Country, IpStatus, LocalizedText, OrganizationType, TechnologyMaturity } from './vocabulary.js';

export interface MatchProfile {
  id: string;
  type: OrganizationType;
  country: Country;
  verification: VerificationStatus;
  name: LocalizedText;
  /** Segment ids the organization operates in (Organization.offers[].segmentId). */
  offers: string[];
  /** Segment ids the organization needs partners in. */
  seeks: string[];
  cooperationModes: CooperationMode[];
  preferences: {
    /** Empty: any country. */
    countries: Country[];
    /** Empty: any type. */
    types: OrganizationType[];
    parks: string[];
  };
  technology: {
    maturity?: TechnologyMaturity;
    ipStatus?: IpStatus;
  };
  updatedAt: string;
}

/** The match profile of an organization: pure, so store and tests derive it the same way. */
export function matchProfileOf(org: Organization): MatchProfile {
  return {
    id: org.id,
    type: org.type,
    country: org.country,
    verification: org.verification,
    name: { ...org.name },
    offers: org.offers.map((offer) => offer.segmentId),
    seeks: [...org.seeks],
    cooperationModes: [...org.cooperationModes],
    preferences: {
      countries: [...org.preferences.countries],
      types: [...org.preferences.types],
      parks: [...org.preferences.parks],
    },
    technology: {
      ...(org.technology?.maturity ? { maturity: org.technology.maturity } : {}),
      ...(org.technology?.ipStatus ? { ipStatus: org.technology.ipStatus } : {}),
    },
    updatedAt: org.updatedAt,
  };
}
