/**
 * The mail-sender port over SMTP (nodemailer): MailDev under npm start, an
 * in-test SMTP server in the tests. Plain SMTP without authentication, for
 * local development only; AWS sends through SES (./ses-mail-sender.ts).
 */
import { createTransport, type Transporter } from 'nodemailer';
import type { MailSender, OutgoingMail } from '../app/mail-port.js';

export interface SmtpOptions {
  host: string;
  port: number;
  /** The From address. */
  from: string;
}

export class SmtpMailSender implements MailSender {
  private readonly transport: Transporter;

  constructor(private readonly options: SmtpOptions) {
    this.transport = createTransport({ host: options.host, port: options.port, secure: false, ignoreTLS: true });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({
      from: this.options.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      headers: mail.headers,
    });
  }

  close(): void {
    this.transport.close();
  }
}
