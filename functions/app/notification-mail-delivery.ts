/**
 * Mails a stored notification to its reader: the member's verified email
 * (recorded when they joined; no email, no mail), in the language their
 * preferences name (else the organization's), unless they turned mail or the
 * kind off. Sent at least once: the notification records `mailedAt` after the
 * send, so a redelivered event mails only what was not mailed yet.
 */
import { MUTUAL_NOTIFICATION_KINDS } from '../core/notifications/notification.js';
import type { Notification } from '../core/notifications/notification.js';
import { renderNotificationMail } from '../core/notifications/notification-mail.js';
import { defaultPreferencesOf, mailLanguageOf, mailsKind } from '../core/notifications/notification-preferences.js';
import type { MemberRecord } from '../core/membership/member-records.js';
import type { AppRequest } from './app-request.js';
import type { MailDelivery } from './mail-port.js';
import { unsubscribeHeaders, unsubscribeToken } from './unsubscribe-links.js';

/** The other side's contact, only when the two have a mutual match and the mail is about it. */
async function counterpartContactFor(request: AppRequest, notification: Notification) {
  const other = notification.relatedOrganizationId;
  if (!other || !MUTUAL_NOTIFICATION_KINDS.includes(notification.kind)) return undefined;
  if (!(await request.loaders.mutualMatch.load([notification.recipientOrganizationId, other]))) return undefined;
  return (await request.loaders.organization.load(other))?.contact;
}

/** Mails `notification` to `member` if they want it and it was not mailed before; returns whether a mail was sent. */
export async function mailNotification(
  request: AppRequest,
  notification: Notification,
  member: Pick<MemberRecord, 'subject' | 'email'>,
  delivery: MailDelivery,
): Promise<boolean> {
  if (notification.mailedAt || !member.email) return false;
  const organization = await request.loaders.organization.load(notification.recipientOrganizationId);
  if (!organization) return false;
  const preferences = (await request.store.notifications.preferences(member.subject)) ?? defaultPreferencesOf(member.subject, request.now);
  if (!mailsKind(preferences, notification.kind)) return false;
  const counterpartContact = await counterpartContactFor(request, notification);
  const unsubscribeUrl = `${delivery.unsubscribeBaseUrl}?token=${unsubscribeToken(delivery.unsubscribeSecret, member.subject)}`;
  const mail = renderNotificationMail({
    notification,
    locale: mailLanguageOf(preferences, organization),
    appUrl: delivery.appUrl,
    unsubscribeUrl,
    ...(counterpartContact ? { counterpartContact } : {}),
  });
  await delivery.sender.send({ to: member.email, ...mail, headers: unsubscribeHeaders(unsubscribeUrl) });
  await request.store.notifications.markMailed(notification, request.now);
  return true;
}
