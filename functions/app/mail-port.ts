/**
 * The mail-sender port the notification worker sends through. Adapters:
 * SMTP (functions/mail/smtp-mail-sender.ts: MailDev locally, an in-test SMTP
 * server in tests) and Amazon SES v2 (functions/mail/ses-mail-sender.ts).
 */

/** One mail, ready to send. */
export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** Extra headers, e.g. List-Unsubscribe and List-Unsubscribe-Post (RFC 8058). */
  headers: Record<string, string>;
}

/** Sends mails; throws when the mail was not accepted (the worker retries the record). */
export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}

/** What the worker needs to mail notifications. */
export interface MailDelivery {
  sender: MailSender;
  /** Signs and verifies one-click unsubscribe links. */
  unsubscribeSecret: string;
  /** Base URL of the unsubscribe endpoint, e.g. http://localhost:4000/unsubscribe. */
  unsubscribeBaseUrl: string;
  /** Where a reader opens chainfit. */
  appUrl: string;
}
