/**
 * MailDev (npm `maildev`) for `npm start`: an SMTP server that keeps every
 * mail the worker sends and shows it in a web mailbox (and its REST API at
 * /email), so a developer reads notification mails without any mail account.
 */
import { MailDev } from 'maildev';

/** Ports MailDev listens on (MAILDEV_SMTP_PORT / MAILDEV_WEB_PORT override them). */
export const MAILDEV_PORTS = { smtp: Number(process.env.MAILDEV_SMTP_PORT ?? 1025), web: Number(process.env.MAILDEV_WEB_PORT ?? 1080) };

export interface RunningMailDev {
  smtpPort: number;
  webUrl: string;
  close(): Promise<void>;
}

/** Starts MailDev on the given ports; rejects when a port is taken. */
export async function startMailDev(ports = MAILDEV_PORTS): Promise<RunningMailDev> {
  const server = new MailDev({ smtp: ports.smtp, web: ports.web, ip: '127.0.0.1', silent: true });
  await server.start();
  return { smtpPort: ports.smtp, webUrl: `http://localhost:${ports.web}`, close: () => server.stop() };
}
