/**
 * Domain events from changes of stored records: the old and new value of one
 * match, organization or event meeting request (a stream record's images, already parsed) in, the
 * events the organizations concerned should hear about out. Pure, so every
 * transition is unit-tested without a stream.
 */
import type { Collaboration } from '../collaboration.js';
import type { MeetingRequest } from '../events/meeting-request.js';
import type { MatchRecord } from '../match/match-record.js';
import type { Organization } from '../organization.js';
import type { Invitation } from '../membership/member-records.js';
import { meetingEventsOf } from './meeting-events.js';
import type { DomainEvent } from './notification.js';

/** One changed record: absent `before` is a creation, absent `after` a deletion. */
export type RecordChange =
  | { entity: 'MATCH'; before?: MatchRecord; after?: MatchRecord }
  | { entity: 'ORGANIZATION'; before?: Organization; after?: Organization }
  | { entity: 'INVITATION'; before?: Invitation; after?: Invitation }
  | { entity: 'COLLABORATION'; before?: Collaboration; after?: Collaboration }
  | { entity: 'EVENT_MEETING'; before?: MeetingRequest; after?: MeetingRequest };

const matchSubject = (record: MatchRecord) => ({
  matchId: record.id,
  ...(record.collaborationId ? { collaborationId: record.collaborationId } : {}),
});

/** The event for one party of a match, about the other party. */
function toParty(record: MatchRecord, party: string, kind: DomainEvent['kind'], extra: Partial<DomainEvent> = {}): DomainEvent {
  const other = party === record.fromOrganizationId ? record.toOrganizationId : record.fromOrganizationId;
  return {
    kind,
    recipient: { organizationId: party },
    occurredAt: record.updatedAt,
    ...matchSubject(record),
    relatedOrganizationId: other,
    ...extra,
  };
}

/** Events of a match's status transition (the state machine allows only these from PENDING). */
function statusEvents(before: MatchRecord | undefined, after: MatchRecord): DomainEvent[] {
  const { fromOrganizationId: sender, toOrganizationId: receiver } = after;
  if (!before) return after.status === 'PENDING' ? [toParty(after, receiver, 'INTEREST_RECEIVED')] : [];
  if (before.status === after.status || before.status !== 'PENDING') return [];
  switch (after.status) {
    case 'MUTUAL':
      return [toParty(after, sender, 'INTEREST_ACCEPTED'), toParty(after, receiver, 'MATCH_MUTUAL')];
    case 'DECLINED':
      return [toParty(after, sender, 'INTEREST_DECLINED', after.declineReason ? { declineReason: after.declineReason } : {})];
    case 'WITHDRAWN':
      return [toParty(after, receiver, 'INTEREST_WITHDRAWN')];
    default:
      return [];
  }
}

/** Both parties hear of a newly recorded outcome (the record does not say which party recorded it). */
function outcomeEvents(before: MatchRecord | undefined, after: MatchRecord): DomainEvent[] {
  if (!after.outcome || before?.outcome === after.outcome) return [];
  const extra = { outcome: after.outcome };
  return [
    toParty(after, after.fromOrganizationId, 'OUTCOME_RECORDED', extra),
    toParty(after, after.toOrganizationId, 'OUTCOME_RECORDED', extra),
  ];
}

/** An organization hears when administrators verify or suspend it. */
function verificationEvents(before: Organization | undefined, after: Organization): DomainEvent[] {
  if (!before || before.verification === after.verification) return [];
  const kind =
    after.verification === 'VERIFIED' ? 'ORGANIZATION_VERIFIED' : after.verification === 'SUSPENDED' ? 'ORGANIZATION_SUSPENDED' : null;
  if (!kind) return [];
  return [{ kind, recipient: { organizationId: after.id }, occurredAt: after.updatedAt, relatedOrganizationId: after.id }];
}

/**
 * The domain events of one record change for the members of the organizations
 * concerned; deletions carry none. An invitation concerns no member yet (the
 * invitee may have no account): see invitationReceived.
 */
export function domainEventsOf(change: RecordChange): DomainEvent[] {
  if (change.entity === 'MATCH') {
    return change.after ? [...statusEvents(change.before, change.after), ...outcomeEvents(change.before, change.after)] : [];
  }
  // Collaborations carry no events of their own: saved alerts announce open ones (app/alert-matching.ts).
  if (change.entity === 'COLLABORATION') return [];
  if (change.entity === 'ORGANIZATION') return change.after ? verificationEvents(change.before, change.after) : [];
  if (change.entity === 'EVENT_MEETING') return meetingEventsOf(change.before, change.after);
  return [];
}

/** The invitation a change creates (the invitee is told by mail), or null: later writes of it, and deletions, tell nobody. */
export function invitationReceived(change: RecordChange): Invitation | null {
  return change.entity === 'INVITATION' && change.after && !change.before ? change.after : null;
}
