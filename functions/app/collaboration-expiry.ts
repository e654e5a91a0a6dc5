/**
 * The daily expiry check (EventBridge Scheduler in AWS; `npm run notify:expiry`
 * locally): warns owners of open collaborations that expire within
 * EXPIRY_WARNING_DAYS and tells them when one has expired. Idempotent: each
 * notification's source id is derived from the collaboration and its expiry.
 */
import { expiryEventOf, expiryWindows } from '../core/notifications/collaboration-expiry-events.js';
import type { AppRequest } from './app-request.js';
import { notifyEvents } from './notify-changes.js';
import type { MailDelivery } from './mail-port.js';

/** What one run did. */
export interface ExpiryCheckOutcome {
  expiring: number;
  expired: number;
  /** Notifications written now (the rest existed from earlier runs). */
  written: number;
}

/** Runs the check at `request.now`; with `mail`, mails the notifications too. */
export async function notifyCollaborationExpiry(request: AppRequest, mail?: MailDelivery): Promise<ExpiryCheckOutcome> {
  const windows = expiryWindows(request.now);
  const expiring = await request.store.collaborationExpiry(...windows.expiring);
  const expired = await request.store.collaborationExpiry(...windows.expired);
  const sourced = [
    ...expiring.map((candidate) => expiryEventOf(candidate, 'COLLABORATION_EXPIRING')),
    ...expired.map((candidate) => expiryEventOf(candidate, 'COLLABORATION_EXPIRED')),
  ];
  let written = 0;
  for (const { eventId, event } of sourced) written += (await notifyEvents(request, eventId, [event], mail)).written.length;
  return { expiring: expiring.length, expired: expired.length, written };
}
