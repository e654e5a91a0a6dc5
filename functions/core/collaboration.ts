/**
 * Collaborations (EEN-compatible profiles): offers and requests an
 * organization publishes, open for expressions of interest until they expire.
 */
import type { CooperationMode, Country, IpStatus, LocalizedText, OrganizationType, TechnologyMaturity } from './vocabulary.js';

export const COLLABORATION_KINDS = [
  'BUSINESS_OFFER',
  'BUSINESS_REQUEST',
  'TECHNOLOGY_OFFER',
  'TECHNOLOGY_REQUEST',
  'RESEARCH_PARTNER_REQUEST',
] as const;
export type CollaborationKind = (typeof COLLABORATION_KINDS)[number];

export const COLLABORATION_STATUSES = ['OPEN', 'CLOSED', 'EXPIRED'] as const;
export type CollaborationStatus = (typeof COLLABORATION_STATUSES)[number];

export interface Collaboration {
  id: string;
  ownerOrganizationId: string;
  kind: CollaborationKind;
  title: LocalizedText;
  summary: LocalizedText;
  segments: string[];
  cooperationModes: CooperationMode[];
  partnerTypes: OrganizationType[];
  partnerCountries: Country[];
  /** Technology kinds only. */
  maturity?: TechnologyMaturity;
  ipStatus?: IpStatus;
  /** ISO timestamp. */
  expiresAt: string;
  /** Stored status; EXPIRED is derived at read time from expiresAt (see effectiveStatus). */
  status: CollaborationStatus;
  openForInterest: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The status a reader sees: an open collaboration past its expiry is EXPIRED, whatever is stored. */
export function effectiveStatus(collaboration: Pick<Collaboration, 'status' | 'expiresAt'>, now: Date): CollaborationStatus {
  if (collaboration.status === 'OPEN' && Date.parse(collaboration.expiresAt) <= now.getTime()) return 'EXPIRED';
  return collaboration.status;
}
