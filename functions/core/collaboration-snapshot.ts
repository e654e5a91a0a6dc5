/**
 * The match-relevant slice of an open collaboration, denormalized onto its
 * segment index items (one per segment, see docs/data-model.md) so matching
 * can read the open collaborations of a segment in one Query.
 */
import type { Collaboration } from './collaboration.js';

/** Snapshot fields are the collaboration's own (expiresAt: readers still apply effectiveStatus, since TTL deletion lags). */
export type CollaborationSnapshot = Pick<
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

/** The snapshot of a collaboration, copying its arrays so the index item owns them. */
export function collaborationSnapshotOf(collaboration: Collaboration): CollaborationSnapshot {
  return {
    id: collaboration.id,
    ownerOrganizationId: collaboration.ownerOrganizationId,
    kind: collaboration.kind,
    segments: [...collaboration.segments],
    cooperationModes: [...collaboration.cooperationModes],
    partnerTypes: [...collaboration.partnerTypes],
    partnerCountries: [...collaboration.partnerCountries],
    ...(collaboration.maturity ? { maturity: collaboration.maturity } : {}),
    ...(collaboration.ipStatus ? { ipStatus: collaboration.ipStatus } : {}),
    expiresAt: collaboration.expiresAt,
    openForInterest: collaboration.openForInterest,
  };
}
