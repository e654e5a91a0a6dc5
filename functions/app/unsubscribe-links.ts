/**
 * Signed one-click unsubscribe links (RFC 8058): the token names the person
 * whose mails stop and carries an HMAC-SHA256 under the unsubscribe secret,
 * so the link works without signing in and cannot be forged for another
 * person. Following it turns that person's mail off (all organizations).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { BadUserInputError } from '../core/errors.js';
import { defaultPreferencesOf } from '../core/notifications/notification-preferences.js';
import type { AppRequest } from './app-request.js';

/** The path of the one-click unsubscribe endpoint: the local server's and the HTTP API's in AWS. */
export const UNSUBSCRIBE_PATH = '/unsubscribe';

const sign = (secret: string, body: string): string => createHmac('sha256', secret).update(`unsubscribe:${body}`).digest('base64url');

/** The token of a person's unsubscribe link. */
export function unsubscribeToken(secret: string, subject: string): string {
  const body = Buffer.from(subject, 'utf8').toString('base64url');
  return `${body}.${sign(secret, body)}`;
}

/** The person a token names, or null for a forged or garbled token. */
export function subjectOfToken(secret: string, token: string): string | null {
  const [body, signature, ...rest] = token.split('.');
  if (!body || !signature || rest.length > 0) return null;
  const expected = Buffer.from(sign(secret, body));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Buffer.from(body, 'base64url').toString('utf8');
}

/** The headers that make a mail one-click unsubscribable (RFC 8058, RFC 2369). */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

/** Turns mail off for the person a valid token names (idempotent). */
export async function unsubscribe(request: AppRequest, secret: string, token: string): Promise<{ subject: string }> {
  const subject = subjectOfToken(secret, token);
  if (!subject) throw new BadUserInputError('is not a valid unsubscribe link', 'token');
  const current = (await request.store.notifications.preferences(subject)) ?? defaultPreferencesOf(subject, request.now);
  await request.store.notifications.putPreferences({ ...current, email: false, updatedAt: request.now.toISOString() });
  return { subject };
}

/** What the unsubscribe endpoint answers: a status and a small HTML page. */
export interface UnsubscribeAnswer {
  status: number;
  html: string;
}

const page = (status: number, body: string): UnsubscribeAnswer => ({
  status,
  html: `<!doctype html><meta charset="utf-8"><title>chainfit</title><p>${body}</p>`,
});

/**
 * The unsubscribe endpoint, the same locally and in AWS. RFC 8058: the mail
 * client POSTs `List-Unsubscribe=One-Click` to the link and that unsubscribes;
 * a GET (a person clicking, or a link scanner) only shows a button that POSTs
 * to `formAction`, so prefetching never unsubscribes anyone.
 */
export async function unsubscribeAnswer(
  method: string,
  token: string,
  formAction: string,
  follow: (token: string) => Promise<boolean>,
): Promise<UnsubscribeAnswer> {
  if (method.toUpperCase() === 'POST') {
    return (await follow(token))
      ? page(200, 'You will receive no more notification mails.')
      : page(400, 'This unsubscribe link is not valid.');
  }
  const action = `${formAction}?token=${encodeURIComponent(token)}`;
  return page(
    200,
    `<form method="post" action="${action}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button>Stop notification mails</button></form>`,
  );
}

/** Follows an unsubscribe token: true when it was valid (mail is now off), false for a forged or garbled one. */
export async function followUnsubscribeLink(request: AppRequest, secret: string, token: string): Promise<boolean> {
  try {
    await unsubscribe(request, secret, token);
    return true;
  } catch (error) {
    if (error instanceof BadUserInputError) return false;
    throw error;
  }
}
