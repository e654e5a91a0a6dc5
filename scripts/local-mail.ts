/**
 * Notification mail for `npm start`: MailDev as the mailbox, the worker's SMTP
 * adapter sending to it, and the unsubscribe endpoint's use case. When a
 * MailDev port is taken (another `npm start`), notifications stay in-app only
 * and the status line says so.
 */
import { createAppRequest } from '../functions/app/app-request.js';
import type { MailDelivery } from '../functions/app/mail-port.js';
import { followUnsubscribeLink } from '../functions/app/unsubscribe-links.js';
import { ANONYMOUS } from '../functions/core/access/principal.js';
import { DEFAULT_LOCALE } from '../functions/core/vocabulary.js';
import { SmtpMailSender } from '../functions/mail/smtp-mail-sender.js';
import type { Store } from '../functions/store/store.js';
import { startMailDev } from './maildev.js';

/** Signs local unsubscribe links only; AWS takes its secret from the stack. */
const LOCAL_UNSUBSCRIBE_SECRET = 'chainfit-development-unsubscribe-secret';

export interface LocalMail {
  delivery?: MailDelivery;
  unsubscribe: (token: string) => Promise<boolean>;
  /** One line for the start banner: where mails appear. */
  status: string;
  stop(): Promise<void>;
}

export async function startLocalMail(store: Store, port: number): Promise<LocalMail> {
  const follow = (token: string): Promise<boolean> =>
    followUnsubscribeLink(
      createAppRequest({ store, principal: ANONYMOUS, now: new Date(), locale: DEFAULT_LOCALE }),
      LOCAL_UNSUBSCRIBE_SECRET,
      token,
    );
  try {
    const maildev = await startMailDev();
    const sender = new SmtpMailSender({ host: '127.0.0.1', port: maildev.smtpPort, from: 'chainfit <no-reply@chainfit.local>' });
    const base = `http://localhost:${port}`;
    return {
      delivery: {
        sender,
        unsubscribeSecret: LOCAL_UNSUBSCRIBE_SECRET,
        unsubscribeBaseUrl: `${base}/unsubscribe`,
        appUrl: `${base}/graphql`,
      },
      unsubscribe: follow,
      status: `mails (MailDev) at ${maildev.webUrl} (REST: ${maildev.webUrl}/api/email)`,
      stop: async () => {
        sender.close();
        await maildev.close();
      },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      unsubscribe: follow,
      status: `MailDev did not start (${reason}): notifications are in-app only`,
      stop: () => Promise.resolve(),
    };
  }
}
