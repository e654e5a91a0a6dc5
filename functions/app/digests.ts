/**
 * The digest job: for one period (a day or a week), one mail per person with
 * the notifications left for their digest that were not mailed yet, in their
 * language, under their mail preferences. Idempotent: each person's digest of
 * a period is claimed with a conditional write before it is sent, so a rerun
 * (or a second scheduler delivery) sends no second mail; a send that fails
 * after the claim is not retried (at most once, as a digest should be).
 */
import type { MemberRecord } from '../core/membership/member-records.js';
import { renderDigestMail, type DigestPeriod } from '../core/notifications/digest.js';
import type { Notification } from '../core/notifications/notification.js';
import { defaultPreferencesOf, mailLanguageOf, mailsKind } from '../core/notifications/notification-preferences.js';
import type { AppRequest } from './app-request.js';
import type { MailDelivery } from './mail-port.js';
import { unsubscribeHeaders, unsubscribeToken } from './unsubscribe-links.js';

export interface DigestOutcome {
  /** People in the period's queue. */
  people: number;
  /** Digest mails sent now. */
  mailed: number;
  /** People whose digest was sent before (a rerun). */
  alreadySent: number;
}

/** The member record (for the verified email) of the person in the organization the first item is about. */
async function memberFor(request: AppRequest, subject: string, items: readonly Notification[]): Promise<MemberRecord | undefined> {
  const organizationId = items[0]?.recipientOrganizationId;
  if (!organizationId) return undefined;
  return (await request.store.memberships.membersOf(organizationId)).find((member) => member.subject === subject);
}

/** Sends one person's digest; returns whether a mail went out. */
async function sendDigest(request: AppRequest, subject: string, ids: readonly string[], mail: MailDelivery): Promise<boolean> {
  const preferences = (await request.store.notifications.preferences(subject)) ?? defaultPreferencesOf(subject, request.now);
  const items = (await request.store.digests.notifications(subject, ids)).filter(
    (item) => !item.mailedAt && mailsKind(preferences, item.kind),
  );
  const member = await memberFor(request, subject, items);
  const organization = items[0] && (await request.loaders.organization.load(items[0].recipientOrganizationId));
  if (!member?.email || !organization) return false;
  const unsubscribeUrl = `${mail.unsubscribeBaseUrl}?token=${unsubscribeToken(mail.unsubscribeSecret, subject)}`;
  const rendered = renderDigestMail({ items, locale: mailLanguageOf(preferences, organization), appUrl: mail.appUrl, unsubscribeUrl });
  await mail.sender.send({ to: member.email, ...rendered, headers: unsubscribeHeaders(unsubscribeUrl) });
  for (const item of items) await request.store.notifications.markMailed(item, request.now);
  return true;
}

/** Mails every queued person's digest of `period` once. */
export async function sendDigests(request: AppRequest, period: DigestPeriod, mail: MailDelivery): Promise<DigestOutcome> {
  const outcome: DigestOutcome = { people: 0, mailed: 0, alreadySent: 0 };
  for await (const page of request.store.digests.queue(period.frequency, period.key)) {
    for (const entry of page) {
      outcome.people++;
      const claimed = await request.store.digests.claim({
        subject: entry.subject,
        frequency: period.frequency,
        period: period.key,
        sentAt: request.now.toISOString(),
      });
      if (!claimed) outcome.alreadySent++;
      else if (await sendDigest(request, entry.subject, entry.notificationIds, mail)) outcome.mailed++;
    }
  }
  return outcome;
}
