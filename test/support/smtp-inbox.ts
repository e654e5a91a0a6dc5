/**
 * A real SMTP server for tests (npm `smtp-server`) on a free local port,
 * keeping every mail it receives parsed (npm `mailparser`): the worker sends
 * through its SMTP adapter exactly as it does to MailDev under npm start.
 * `mailDelivery()` is the worker's mail delivery into the inbox.
 */
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { MailDelivery } from '../../functions/app/mail-port.js';
import { SmtpMailSender } from '../../functions/mail/smtp-mail-sender.js';

export interface SmtpInbox {
  port: number;
  mails: ParsedMail[];
  /** The mails to one address. */
  to(address: string): ParsedMail[];
  /**
   * Mail delivery into this inbox through the real SMTP adapter, with npm start's links
   * (http://localhost:4000/) and the given unsubscribe-link key; close() closes its sender too.
   */
  mailDelivery(options?: { unsubscribeSecret?: string }): MailDelivery;
  /** Closes the senders mailDelivery made, then the server. */
  close(): Promise<void>;
}

/** The unsubscribe-link key of mailDelivery() unless a test names its own. */
const TEST_UNSUBSCRIBE_SECRET = 'test-unsubscribe-secret';

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const mails: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          mails.push(mail);
          callback();
        })
        .catch((error: unknown) => {
          callback(error instanceof Error ? error : new Error(String(error)));
        });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  const addressesOf = (mail: ParsedMail): string[] => [mail.to ?? []].flat().flatMap((to) => to.value.map((entry) => entry.address ?? ''));
  const senders: SmtpMailSender[] = [];
  return {
    port,
    mails,
    to: (address) => mails.filter((mail) => addressesOf(mail).includes(address)),
    mailDelivery: ({ unsubscribeSecret = TEST_UNSUBSCRIBE_SECRET } = {}) => {
      const sender = new SmtpMailSender({ host: '127.0.0.1', port, from: 'chainfit <no-reply@chainfit.local>' });
      senders.push(sender);
      return { sender, unsubscribeSecret, unsubscribeBaseUrl: 'http://localhost:4000/unsubscribe', appUrl: 'http://localhost:4000/' };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const sender of senders.splice(0)) sender.close();
        server.close(() => {
          resolve();
        });
      }),
  };
}
