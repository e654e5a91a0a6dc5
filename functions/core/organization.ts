/**
 * Organization profiles: enterprises, universities and research institutes of
 * China and Korea, where they sit on the industry chains (offers), where they
 * need partners (seeks), and how they want to cooperate.
 */
import type { CooperationMode, Country, IpStatus, Locale, LocalizedText, OrganizationType, TechnologyMaturity } from './vocabulary.js';
import type { ReviewFacts } from './membership/verification-review.js';

/** EEN-style enterprise size bands (employees). */
export const SIZE_BANDS = ['UP_TO_10', 'FROM_11_TO_49', 'FROM_50_TO_249', 'FROM_250'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const VERIFICATION_STATUSES = ['UNVERIFIED', 'VERIFIED', 'SUSPENDED'] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** A segment the organization operates in or has capability in. */
export interface SegmentOffer {
  segmentId: string;
  note?: string;
}

/** Private: visible to the organization's members and zone administrators, and to mutual matches. */
export interface ContactDetails {
  person: string;
  email: string;
  phone?: string;
}

export interface PartnerPreferences {
  /** Empty: any country. */
  countries: Country[];
  /** Empty: any type. */
  types: OrganizationType[];
  /** Zone parks the organization is interested in. */
  parks: string[];
  languages: Locale[];
}

export interface TechnologyProfile {
  maturity?: TechnologyMaturity;
  ipStatus?: IpStatus;
}

/** Review facts (who registered it, its place in the review queue, the identity last verified): membership/verification-review.ts. */
export interface Organization extends ReviewFacts {
  id: string;
  type: OrganizationType;
  country: Country;
  region?: string;
  city?: string;
  name: LocalizedText;
  description: LocalizedText;
  website?: string;
  foundedYear?: number;
  /** Enterprises only. */
  sizeBand?: SizeBand;
  offers: SegmentOffer[];
  seeks: string[];
  keywords: string[];
  cooperationModes: CooperationMode[];
  preferences: PartnerPreferences;
  technology?: TechnologyProfile;
  contact: ContactDetails;
  verification: VerificationStatus;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-concurrency version, 1 on creation. */
  version: number;
}
