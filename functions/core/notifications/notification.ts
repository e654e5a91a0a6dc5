/**
 * In-app notifications: what happened (a kind), for which organization, about
 * which match, collaboration, organization or event meeting, and when. They are derived from
 * table changes (./domain-events.ts) and scheduled checks, never written by a
 * client, and expire after NOTIFICATION_RETENTION_DAYS. The vocabularies here
 * are the one source for the GraphQL enums of the same names.
 */
import type { DeclineReason, MatchOutcome } from '../match/match-record.js';
import type { LocalizedText } from '../vocabulary.js';

/** The kinds about a meeting request of a matchmaking event (core/notifications/meeting-events.ts). */
export const MEETING_NOTIFICATION_KINDS = [
  'MEETING_REQUESTED',
  'MEETING_ACCEPTED',
  'MEETING_AUTO_ACCEPTED',
  'MEETING_DECLINED',
  'MEETING_CANCELLED',
  'MEETING_SCHEDULED',
  'MEETING_MOVED',
  'MEETING_UNSCHEDULED',
] as const;
export type MeetingNotificationKind = (typeof MEETING_NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KINDS = [
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
  'PARTNER_ALERT',
  'POSTING_ALERT',
  ...MEETING_NOTIFICATION_KINDS,
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** The kinds about a match that just became mutual: only their mails may carry the other side's contact. */
export const MUTUAL_NOTIFICATION_KINDS: readonly NotificationKind[] = ['INTEREST_ACCEPTED', 'MATCH_MUTUAL'];

/** How long a notification is kept (the item's TTL). */
export const NOTIFICATION_RETENTION_DAYS = 180;
/** How long before its expiry an open collaboration's owner is warned. */
export const EXPIRY_WARNING_DAYS = 14;
/** Most notification ids one markNotificationsRead call may name (one transaction). */
export const MAX_MARK_READ_IDS = 100;

/** What a notification is about, beyond its kind (all optional: each kind names what it needs). */
export interface NotificationSubject {
  matchId?: string;
  collaborationId?: string;
  /** The other organization: the match's counterpart, or the organization itself for verification. */
  relatedOrganizationId?: string;
  declineReason?: DeclineReason;
  outcome?: MatchOutcome;
  /** The matchmaking event of a meeting kind. */
  eventId?: string;
  /** The meeting request of a meeting kind. */
  meetingId?: string;
  /** The meeting's slot (its local start, `YYYY-MM-DDTHH:MM`): where it is now, or (MEETING_UNSCHEDULED) where it was. */
  meetingSlotId?: string;
  /** The meeting's table, with the same meaning as meetingSlotId. */
  meetingTable?: string;
}

/**
 * The organization an event concerns. Every person who is a member of it when
 * the event is processed gets their own copy of the notification (their
 * inbox, their read state, their mail preferences).
 */
export interface NotificationRecipient {
  organizationId: string;
}

/** Something that happened that an organization should hear about, before it is stored. */
export interface DomainEvent extends NotificationSubject {
  kind: NotificationKind;
  recipient: NotificationRecipient;
  /** When it happened (from the changed record itself, so a replayed change gives the same time). */
  occurredAt: string;
}

/** A stored notification. */
export interface Notification extends NotificationSubject {
  /** Unique within the recipient's notifications; also their order (newest first). */
  id: string;
  /** The person whose inbox holds this copy (a member of the organization when the event was processed). */
  recipientSubject: string;
  /** The organization the notification is about (the person's organization). */
  recipientOrganizationId: string;
  kind: NotificationKind;
  occurredAt: string;
  /** The public name of the related organization or collaboration, frozen when the notification was made. */
  relatedName?: LocalizedText;
  /** The matchmaking event's name (meeting kinds), frozen when the notification was made. */
  eventName?: LocalizedText;
  /** Set once its reader marked it read. */
  readAt?: string;
  /** Set once it was mailed, so a redelivered event does not mail it again. */
  mailedAt?: string;
}

/** Epoch seconds at which a notification made at `occurredAt` expires. */
export function notificationExpiry(occurredAt: string): number {
  return Math.floor(Date.parse(occurredAt) / 1000) + NOTIFICATION_RETENTION_DAYS * 24 * 60 * 60;
}
