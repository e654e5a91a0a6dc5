/**
 * The worker's use case: one changed record in, the notifications it causes
 * stored, one copy per member of each organization concerned (read when the
 * record is processed: one Query of the organization's member items). Each
 * notification's id derives from the source event's id (the stream record's
 * eventID, or a scheduled job's deterministic id), the organization and the
 * kind, and each copy is written with a condition, so a record delivered twice
 * stores each person's notification once.
 */
import { createHash } from 'node:crypto';
import { domainEventsOf, invitationReceived, type RecordChange } from '../core/notifications/domain-events.js';
import { mailInvitation } from './invitation-mail.js';
import type { DomainEvent, Notification } from '../core/notifications/notification.js';
import type { LocalizedText } from '../core/vocabulary.js';
import type { AppRequest } from './app-request.js';
import type { MailDelivery } from './mail-port.js';
import { mailNotification } from './notification-mail-delivery.js';

/** A domain change with the id of the event that carried it. */
export interface SourcedChange {
  /** Unique per source event and stable across redeliveries (a stream record's eventID). */
  eventId: string;
  change: RecordChange;
}

/** What processing one source event did. */
export interface NotifyOutcome {
  /** Notifications written now. */
  written: Notification[];
  /** Notifications that already existed (the event was delivered before). */
  duplicates: number;
  /** Mails sent now. */
  mailed: number;
}

/** The id of the notification of `event` from source `eventId`: same inputs, same id. */
export function notificationIdOf(eventId: string, event: DomainEvent): string {
  const digest = createHash('sha256')
    .update(`${eventId}\u0000${event.recipient.organizationId}\u0000${event.kind}`)
    .digest('base64url')
    .slice(0, 22);
  return `${event.occurredAt}#${digest}`;
}

/** The public name the notification shows: the collaboration's title for collaboration kinds, else the related organization's name. */
async function relatedNameOf(request: AppRequest, event: DomainEvent): Promise<LocalizedText | undefined> {
  if (event.kind === 'COLLABORATION_EXPIRING' || event.kind === 'COLLABORATION_EXPIRED' || event.kind === 'POSTING_ALERT') {
    return event.collaborationId ? (await request.loaders.collaboration.load(event.collaborationId))?.title : undefined;
  }
  return event.relatedOrganizationId ? (await request.loaders.organization.load(event.relatedOrganizationId))?.name : undefined;
}

/** The public names a notification freezes: the related organization's (or collaboration's) and, for meeting kinds, the event's. */
async function namesOf(request: AppRequest, event: DomainEvent): Promise<Pick<Notification, 'relatedName' | 'eventName'>> {
  const [relatedName, matchmakingEvent] = await Promise.all([
    relatedNameOf(request, event),
    event.eventId ? request.loaders.matchmakingEvent.load(event.eventId) : null,
  ]);
  return { ...(relatedName ? { relatedName } : {}), ...(matchmakingEvent ? { eventName: matchmakingEvent.name } : {}) };
}

/** The notification an event becomes for one reader (unread). */
function notificationOf(
  eventId: string,
  event: DomainEvent,
  names: Pick<Notification, 'relatedName' | 'eventName'>,
  reader: string,
): Notification {
  const { kind, recipient, occurredAt, ...subject } = event;
  return {
    id: notificationIdOf(eventId, event),
    recipientSubject: reader,
    recipientOrganizationId: recipient.organizationId,
    kind,
    occurredAt,
    ...subject,
    ...names,
  };
}

/**
 * Stores the notifications of already derived domain events (scheduled jobs
 * call this directly) and, with `mail`, mails them. A notification that
 * existed already is mailed only if it was not yet (a failed send is retried
 * with the record).
 */
export async function notifyEvents(
  request: AppRequest,
  eventId: string,
  events: readonly DomainEvent[],
  mail?: MailDelivery,
): Promise<NotifyOutcome> {
  const outcome: NotifyOutcome = { written: [], duplicates: 0, mailed: 0 };
  for (const event of events) {
    const names = await namesOf(request, event);
    for (const member of await request.store.memberships.membersOf(event.recipient.organizationId)) {
      let notification: Notification | null = notificationOf(eventId, event, names, member.subject);
      if (await request.store.notifications.putOnce(notification)) outcome.written.push(notification);
      else {
        outcome.duplicates++;
        notification = mail ? await request.store.notifications.get(member.subject, notification.id) : null;
      }
      if (mail && notification && (await mailNotification(request, notification, member, mail))) outcome.mailed++;
    }
  }
  return outcome;
}

/** Stores (and, with `mail`, mails) the notifications one changed record causes; a new invitation is mailed to the invitee. */
export async function notifyChange(request: AppRequest, source: SourcedChange, mail?: MailDelivery): Promise<NotifyOutcome> {
  const outcome = await notifyEvents(request, source.eventId, domainEventsOf(source.change), mail);
  const invitation = invitationReceived(source.change);
  if (invitation && mail && (await mailInvitation(request, invitation, mail))) outcome.mailed++;
  return outcome;
}
