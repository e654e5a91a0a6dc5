/**
 * The mail-sender port over Amazon SES v2 (SendEmail, simple content with
 * custom headers), sending from the stack's verified identity through its
 * configuration set (bounces and complaints feed the account-level
 * suppression list).
 */
import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import type { MailSender, OutgoingMail } from '../app/mail-port.js';

export interface SesOptions {
  region: string;
  /** The verified sending identity (a stack parameter). */
  from: string;
  configurationSetName: string;
}

export class SesMailSender implements MailSender {
  private readonly client: SESv2Client;

  constructor(private readonly options: SesOptions) {
    this.client = new SESv2Client({ region: options.region });
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.client.send(
      new SendEmailCommand({
        FromEmailAddress: this.options.from,
        Destination: { ToAddresses: [mail.to] },
        ConfigurationSetName: this.options.configurationSetName,
        Content: {
          Simple: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
            Headers: Object.entries(mail.headers).map(([Name, Value]) => ({ Name, Value })),
          },
        },
      }),
    );
  }
}
