/**
 * Invitation received: the invited email address is told by mail (it may
 * belong to nobody with an account yet, so there is no inbox to put a
 * notification in; once signed in, `me { invitations }` lists it). In the
 * inviting organization's language. Sent at least once and, across
 * redeliveries of the record, once: the invitation records `mailedAt` after
 * the send; an invitation answered, withdrawn or expired meanwhile is not
 * mailed.
 */
import type { Invitation } from '../core/membership/member-records.js';
import { renderInvitationMail } from '../core/notifications/invitation-mail.js';
import { defaultLanguageOf } from '../core/notifications/notification-preferences.js';
import type { AppRequest } from './app-request.js';
import type { MailDelivery } from './mail-port.js';

/** Mails the invitation unless it was mailed, is gone or has expired; returns whether a mail was sent. */
export async function mailInvitation(request: AppRequest, invitation: Invitation, delivery: MailDelivery): Promise<boolean> {
  const stored = await request.store.memberships.invitation(invitation.email, invitation.id, request.now);
  if (!stored || stored.expired) return false;
  if (await request.store.notifications.invitationMailed(invitation.email, invitation.id)) return false;
  const organization = await request.loaders.organization.load(invitation.organizationId);
  if (!organization) return false;
  const mail = renderInvitationMail({
    invitation,
    organizationName: organization.name,
    locale: defaultLanguageOf(organization),
    appUrl: delivery.appUrl,
  });
  await delivery.sender.send({ to: invitation.email, ...mail, headers: {} });
  await request.store.notifications.markInvitationMailed(invitation.email, invitation.id, request.now);
  return true;
}
