/**
 * The events of the daily expiry check: an open collaboration's owner hears
 * EXPIRY_WARNING_DAYS before it expires, and again when it has expired. Each
 * event has a deterministic source id (kind, collaboration, expiry), so a
 * check that runs again, or a day later while the collaboration is still in
 * the window, notifies nobody twice; extending the expiry warns anew.
 */
import { EXPIRY_WARNING_DAYS, type DomainEvent } from './notification.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How far back the check still reports an expiry (a check that did not run for a while catches up). */
export const EXPIRED_LOOKBACK_DAYS = 7;

/** An open collaboration as the check sees it. */
export interface ExpiryCandidate {
  collaborationId: string;
  ownerOrganizationId: string;
  expiresAt: string;
}

/** A domain event with the id of the source that caused it. */
export interface SourcedEvent {
  eventId: string;
  event: DomainEvent;
}

/** The windows the check reads: expiring (now, now + warning], expired (now - lookback, now]. */
export function expiryWindows(now: Date): { expiring: [Date, Date]; expired: [Date, Date] } {
  return {
    expiring: [now, new Date(now.getTime() + EXPIRY_WARNING_DAYS * DAY_MS)],
    expired: [new Date(now.getTime() - EXPIRED_LOOKBACK_DAYS * DAY_MS), now],
  };
}

/** The event for one collaboration in one of the windows. */
export function expiryEventOf(candidate: ExpiryCandidate, kind: 'COLLABORATION_EXPIRING' | 'COLLABORATION_EXPIRED'): SourcedEvent {
  // Deterministic: the warning "happens" when the window opens, the expiry at the expiry.
  const occurredAt =
    kind === 'COLLABORATION_EXPIRED'
      ? candidate.expiresAt
      : new Date(Date.parse(candidate.expiresAt) - EXPIRY_WARNING_DAYS * DAY_MS).toISOString();
  return {
    eventId: `${kind}#${candidate.collaborationId}#${candidate.expiresAt}`,
    event: { kind, recipient: { organizationId: candidate.ownerOrganizationId }, occurredAt, collaborationId: candidate.collaborationId },
  };
}
