/**
 * Digests: one mail per person and period with the notifications left for it
 * (those of DAILY and WEEKLY saved alerts). The period follows the person's
 * preference (daily by default); a day is a UTC day, a week starts on a
 * Monday (UTC). Pure: periods and the rendered mail.
 */
import type { Locale } from '../vocabulary.js';
import type { Notification } from './notification.js';
import type { RenderedMail } from './notification-mail.js';
import { notificationText } from './notification-texts.js';

export const DIGEST_FREQUENCIES = ['DAILY', 'WEEKLY'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];
export const DEFAULT_DIGEST_FREQUENCY: DigestFrequency = 'DAILY';

const DAY_MS = 86_400_000;

/** One digest period: its key (the first day, YYYY-MM-DD) and its bounds as ISO times [start, end). */
export interface DigestPeriod {
  frequency: DigestFrequency;
  key: string;
  start: string;
  end: string;
}

/** The period `at` falls in. */
export function digestPeriodOf(frequency: DigestFrequency, at: Date): DigestPeriod {
  const day = Math.floor(at.getTime() / DAY_MS) * DAY_MS;
  // 1970-01-01 was a Thursday: days since the last Monday.
  const start = frequency === 'DAILY' ? day : day - ((Math.floor(day / DAY_MS) + 3) % 7) * DAY_MS;
  const end = start + (frequency === 'DAILY' ? 1 : 7) * DAY_MS;
  const iso = (ms: number) => new Date(ms).toISOString();
  return { frequency, key: iso(start).slice(0, 10), start: iso(start), end: iso(end) };
}

/** The period that ended last before `now` (what a scheduled run mails). */
export function previousDigestPeriod(frequency: DigestFrequency, now: Date): DigestPeriod {
  return digestPeriodOf(frequency, new Date(Date.parse(digestPeriodOf(frequency, now).start) - 1));
}

const WORDS: Record<Locale, { subject: (n: number) => string; open: string; unsubscribe: string }> = {
  en: { subject: (n) => `chainfit digest: ${n} new`, open: 'Open chainfit', unsubscribe: 'Stop these mails' },
  zh: { subject: (n) => `chainfit 摘要：${n} 条新通知`, open: '打开 chainfit', unsubscribe: '退订此类邮件' },
  ko: { subject: (n) => `chainfit 요약: 새 알림 ${n}건`, open: 'chainfit 열기', unsubscribe: '메일 수신 거부' },
};

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The digest mail of `items` (public texts only, as every notification's). */
export function renderDigestMail(input: {
  items: readonly Notification[];
  locale: Locale;
  appUrl: string;
  unsubscribeUrl: string;
}): RenderedMail {
  const words = WORDS[input.locale];
  const lines = input.items.map((item) => notificationText(item, input.locale));
  const text = [
    ...lines.map((line) => `- ${line}`),
    '',
    `${words.open}: ${input.appUrl}`,
    `${words.unsubscribe}: ${input.unsubscribeUrl}`,
  ].join('\n');
  const html = [
    `<ul>${lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('')}</ul>`,
    `<p><a href="${escapeHtml(input.appUrl)}">${escapeHtml(words.open)}</a></p>`,
    `<p style="font-size:small"><a href="${escapeHtml(input.unsubscribeUrl)}">${escapeHtml(words.unsubscribe)}</a></p>`,
  ].join('\n');
  return { subject: words.subject(lines.length), text, html };
}
