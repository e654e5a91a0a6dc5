/**
 * The mail of a notification, in the recipient's language, as plain text and
 * HTML. The only private data it may carry is the other side's contact, and
 * only in the mails of a mutual match (the caller passes it only then).
 */
import type { ContactDetails } from '../organization.js';
import type { Locale } from '../vocabulary.js';
import type { Notification } from './notification.js';
import { notificationText } from './notification-texts.js';

export interface NotificationMailInput {
  notification: Notification;
  locale: Locale;
  /** The other side's contact: pass it only when the two organizations have a mutual match. */
  counterpartContact?: ContactDetails;
  /** Where the reader sees the notification (the portal). */
  appUrl: string;
  /** The signed one-click unsubscribe link. */
  unsubscribeUrl: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const WORDS: Record<Locale, { subject: string; contact: string; open: string; unsubscribe: string }> = {
  en: { subject: 'chainfit', contact: 'Contact', open: 'Open chainfit', unsubscribe: 'Stop these mails' },
  zh: { subject: 'chainfit 通知', contact: '联系方式', open: '打开 chainfit', unsubscribe: '退订此类邮件' },
  ko: { subject: 'chainfit 알림', contact: '연락처', open: 'chainfit 열기', unsubscribe: '메일 수신 거부' },
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const contactLines = (contact: ContactDetails): string[] => [contact.person, contact.email, ...(contact.phone ? [contact.phone] : [])];

/** Renders the mail of one notification. */
export function renderNotificationMail(input: NotificationMailInput): RenderedMail {
  const words = WORDS[input.locale];
  const body = notificationText(input.notification, input.locale);
  const contact = input.counterpartContact ? contactLines(input.counterpartContact) : [];
  const text = [
    body,
    ...(contact.length > 0 ? ['', `${words.contact}:`, ...contact] : []),
    '',
    `${words.open}: ${input.appUrl}`,
    `${words.unsubscribe}: ${input.unsubscribeUrl}`,
  ].join('\n');
  const html = [
    `<p>${escapeHtml(body)}</p>`,
    ...(contact.length > 0 ? [`<p><strong>${escapeHtml(words.contact)}</strong><br>${contact.map(escapeHtml).join('<br>')}</p>`] : []),
    `<p><a href="${escapeHtml(input.appUrl)}">${escapeHtml(words.open)}</a></p>`,
    `<p style="font-size:small"><a href="${escapeHtml(input.unsubscribeUrl)}">${escapeHtml(words.unsubscribe)}</a></p>`,
  ].join('\n');
  return { subject: `${words.subject}: ${body}`, text, html };
}
