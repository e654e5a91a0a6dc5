/**
 * The match-relevant slice of an open collaboration posting, denormalized onto
 * its industry-chain index items (SEGMENT#<id> / POSTINGS#<postingId>) so
 * matching can read open postings of a segment in one Query.
 */
import type { Collaboration } from './collaboration.js';

/** Snapshot fields are the posting's own (expiresAt: readers still apply effectiveStatus, since TTL deletion lags). */
export type PostingSnapshot = Pick<
  Collaboration,
  | 'id'
  | 'ownerOrganizationId'
  | 'kind'
  | 'segments'
  | 'cooperationModes'
  | 'partnerTypes'
  | 'partnerCountries'
  | 'maturity'
  | 'ipStatus'
  | 'expiresAt'
  | 'openForInterest'
>;

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
