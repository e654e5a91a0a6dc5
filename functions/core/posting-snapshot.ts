/**
 * The match-relevant slice of an open collaboration posting, denormalized onto
 * its industry-chain index items (SEGMENT#<id> / POSTINGS#<postingId>) so
 * matching can read open postings of a segment in one Query.
 */
import type { Collaboration, CollaborationKind } from './collaboration.js';
import type { CooperationMode, Country, IpStatus, OrganizationType, TechnologyMaturity } from './vocabulary.js';

export interface PostingSnapshot {
  id: string;
  ownerOrganizationId: string;
  kind: CollaborationKind;
  segments: string[];
  cooperationModes: CooperationMode[];
  partnerTypes: OrganizationType[];
  partnerCountries: Country[];
  maturity?: TechnologyMaturity;
  ipStatus?: IpStatus;
  /** ISO timestamp; readers still apply effectiveStatus, since TTL deletion lags. */
  expiresAt: string;
  openForInterest: boolean;
}

export function postingSnapshotOf(posting: Collaboration): PostingSnapshot {
  return {
    id: posting.id,
    ownerOrganizationId: posting.ownerOrganizationId,
    kind: posting.kind,
    segments: [...posting.segments],
    cooperationModes: [...posting.cooperationModes],
    partnerTypes: [...posting.partnerTypes],
    partnerCountries: [...posting.partnerCountries],
    ...(posting.maturity ? { maturity: posting.maturity } : {}),
    ...(posting.ipStatus ? { ipStatus: posting.ipStatus } : {}),
    expiresAt: posting.expiresAt,
    openForInterest: posting.openForInterest,
  };
}
