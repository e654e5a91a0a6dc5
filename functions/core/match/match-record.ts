/**
 * Match records: the workflow between two organizations that starts with an
 * expression of interest (optionally about one collaboration) and ends
 * declined, withdrawn, or mutual with a recorded outcome. The vocabularies
 * here are the one source for the GraphQL enums of the same names.
 */
import type { Collaboration } from '../collaboration.js';
import type { Evidence } from '../fit/direction-evidence.js';
import type { Organization } from '../organization.js';

export const MATCH_STATUSES = ['PENDING', 'MUTUAL', 'DECLINED', 'WITHDRAWN'] as const;
export type MatchStatus = (typeof MATCH_STATUSES)[number];

/** Structured reasons a receiver gives when declining, so the zone can see why matches fail. */
export const DECLINE_REASONS = ['NOT_RELEVANT', 'TOO_EARLY_STAGE', 'NO_CAPACITY', 'WRONG_REGION', 'OTHER'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/** What came of a mutual match. MEETING_HELD may be followed by one of the two final outcomes. */
export const MATCH_OUTCOMES = ['MEETING_HELD', 'AGREEMENT_SIGNED', 'NO_DEAL'] as const;
export type MatchOutcome = (typeof MATCH_OUTCOMES)[number];

/** Kinds of partnership agreement, after the Enterprise Europe Network's. */
export const AGREEMENT_TYPES = [
  'COMMERCIAL',
  'TECHNICAL_COOPERATION',
  'RESEARCH_COOPERATION',
  'LICENSING',
  'JOINT_VENTURE',
  'INVESTMENT',
  'SUBCONTRACTING_MANUFACTURING',
] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];

export const RESPONSES = ['ACCEPT', 'DECLINE'] as const;
export type InterestResponse = (typeof RESPONSES)[number];

/** Which of an organization's matches to list: those it started, those it received, or both. */
export const MATCH_DIRECTIONS = ['SENT', 'RECEIVED', 'ANY'] as const;
export type MatchDirection = (typeof MATCH_DIRECTIONS)[number];

/** Length limits of free text in the match workflow, defined once (validation and schema docs use them). */
export const MATCH_TEXT_LIMITS = {
  /** The note that comes with an expression of interest. */
  interestMessage: { min: 1, max: 2000 },
  /** The optional note that comes with an acceptance or a decline. */
  responseMessage: { min: 0, max: 2000 },
} as const;

/**
 * The fit between the two organizations when interest was expressed, frozen on
 * the record so later profile edits do not rewrite why a match was made.
 */
export interface MatchFitSnapshot {
  /** 0..1, as the fit model scores it. */
  score: number;
  /** Whose needs the fit was scored for: the collaboration's owner, else the sender. The other party is the candidate. */
  seekerOrganizationId: string;
  components: FitComponentSnapshot[];
  /** The industry-chain evidence, strongest first. */
  reasons: FitReasonSnapshot[];
  computedAt: string;
  /**
   * Version of the industry-chain model the fit was computed against, so a
   * score can be told apart from one a later model would give. Absent only on
   * matches stored before the version was recorded.
   */
  modelVersion?: string;
}

export interface FitComponentSnapshot {
  name: string;
  /** 0..1, before weighting. */
  value: number;
  weight: number;
}

/** One piece of industry-chain evidence between the seeker's and the candidate's segments, as the fit model found it. */
export type FitReasonSnapshot = Evidence;

/**
 * Computes the snapshot for a pair (and collaboration): injected into the workflow,
 * so the fit model stays a separate part. Null: no industry-chain evidence.
 */
export type MatchFitFunction = (parties: {
  from: Organization;
  to: Organization;
  collaboration?: Collaboration;
  now: string;
}) => MatchFitSnapshot | null;

export const MESSAGE_KINDS = ['INTEREST', 'ACCEPTANCE', 'DECLINE'] as const;
export type MatchMessageKind = (typeof MESSAGE_KINDS)[number];

/** A note one party sent the other within the match. */
export interface MatchMessage {
  kind: MatchMessageKind;
  fromOrganizationId: string;
  text: string;
  sentAt: string;
}

export interface MatchRecord {
  /** Derived from the pair and the collaboration (see match-identity.ts): one record per identity. */
  id: string;
  /** The organization that expressed interest first. */
  fromOrganizationId: string;
  /** The organization that received the interest and may respond. */
  toOrganizationId: string;
  /** The collaboration the match started from, if any. */
  collaborationId?: string;
  status: MatchStatus;
  /** Null when the fit model found no industry-chain evidence at the time. */
  fit: MatchFitSnapshot | null;
  /** In the order sent; the first is always the sender's INTEREST. */
  messages: MatchMessage[];
  declineReason?: DeclineReason;
  outcome?: MatchOutcome;
  agreementType?: AgreementType;
  /** When the status last changed to something other than PENDING. */
  respondedAt?: string;
  outcomeRecordedAt?: string;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-concurrency version, 1 on creation; every transition writes version + 1 conditionally. */
  version: number;
}

/** The part a caller plays in a match: one of its two parties, or a zone administrator. */
export type MatchActor = 'SENDER' | 'RECEIVER' | 'ADMIN';

/** The other organization of the match, seen from `organizationId` (which must be a party). */
export function counterpartOf(record: Pick<MatchRecord, 'fromOrganizationId' | 'toOrganizationId'>, organizationId: string): string {
  return record.fromOrganizationId === organizationId ? record.toOrganizationId : record.fromOrganizationId;
}

/** Whether the organization is one of the two parties. */
export function isPartyTo(
  record: Pick<MatchRecord, 'fromOrganizationId' | 'toOrganizationId'>,
  organizationId: string | undefined,
): boolean {
  return !!organizationId && (record.fromOrganizationId === organizationId || record.toOrganizationId === organizationId);
}

/** The party role of an organization in the match, or null when it is not a party. */
export function partyRoleOf(
  record: Pick<MatchRecord, 'fromOrganizationId' | 'toOrganizationId'>,
  organizationId: string | undefined,
): 'SENDER' | 'RECEIVER' | null {
  if (!organizationId) return null;
  if (record.fromOrganizationId === organizationId) return 'SENDER';
  if (record.toOrganizationId === organizationId) return 'RECEIVER';
  return null;
}
