/** The values of the schema's enums the console offers in its forms (order as in schema.graphql). */
import type {
  AgreementType,
  CollaborationKind,
  CooperationMode,
  Country,
  DeclineReason,
  MatchOutcome,
  MatchStatus,
  MeetingRequestStatus,
  NotificationKind,
  OrganizationType,
  TechnologyMaturity,
  VerificationStatus,
} from '../generated/graphql.js';

export const COUNTRIES: readonly Country[] = ['CN', 'KR'];
export const ORGANIZATION_TYPES: readonly OrganizationType[] = ['ENTERPRISE', 'UNIVERSITY', 'RESEARCH_INSTITUTE'];
export const VERIFICATION_STATUSES: readonly VerificationStatus[] = ['UNVERIFIED', 'VERIFIED', 'SUSPENDED'];
export const COOPERATION_MODES: readonly CooperationMode[] = [
  'SUPPLY_AGREEMENT',
  'DISTRIBUTION',
  'JOINT_VENTURE',
  'INVESTMENT',
  'TECHNOLOGY_LICENSING',
  'JOINT_RND',
  'JOINT_LAB',
  'CONTRACT_MANUFACTURING',
  'TALENT_TRAINING',
];
export const MATURITIES: readonly TechnologyMaturity[] = [
  'CONCEPT',
  'UNDER_DEVELOPMENT',
  'LAB_TESTED',
  'AVAILABLE_FOR_DEMONSTRATION',
  'ON_THE_MARKET',
];
export const COLLABORATION_KINDS: readonly CollaborationKind[] = [
  'BUSINESS_OFFER',
  'BUSINESS_REQUEST',
  'TECHNOLOGY_OFFER',
  'TECHNOLOGY_REQUEST',
  'RESEARCH_PARTNER_REQUEST',
];
export const MATCH_STATUSES: readonly MatchStatus[] = ['PENDING', 'MUTUAL', 'DECLINED', 'WITHDRAWN'];
export const MEETING_REQUEST_STATUSES: readonly MeetingRequestStatus[] = ['REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELLED'];
export const DECLINE_REASONS: readonly DeclineReason[] = ['NOT_RELEVANT', 'TOO_EARLY_STAGE', 'NO_CAPACITY', 'WRONG_REGION', 'OTHER'];
export const MATCH_OUTCOMES: readonly MatchOutcome[] = ['MEETING_HELD', 'AGREEMENT_SIGNED', 'NO_DEAL'];
export const AGREEMENT_TYPES: readonly AgreementType[] = [
  'COMMERCIAL',
  'TECHNICAL_COOPERATION',
  'RESEARCH_COOPERATION',
  'LICENSING',
  'JOINT_VENTURE',
  'INVESTMENT',
  'SUBCONTRACTING_MANUFACTURING',
];

/** A fresh idempotency key for a create mutation (8-100 of [A-Za-z0-9_.:-]). */
export function idempotencyKey(): string {
  return `console-${crypto.randomUUID()}`;
}
export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'INTEREST_RECEIVED',
  'INTEREST_ACCEPTED',
  'MATCH_MUTUAL',
  'INTEREST_DECLINED',
  'INTEREST_WITHDRAWN',
  'OUTCOME_RECORDED',
  'COLLABORATION_EXPIRING',
  'COLLABORATION_EXPIRED',
  'ORGANIZATION_VERIFIED',
  'ORGANIZATION_SUSPENDED',
  'MEETING_REQUESTED',
  'MEETING_ACCEPTED',
  'MEETING_AUTO_ACCEPTED',
  'MEETING_DECLINED',
  'MEETING_CANCELLED',
  'MEETING_SCHEDULED',
  'MEETING_MOVED',
  'MEETING_UNSCHEDULED',
];
