/**
 * The workers' mail delivery in AWS, from the environment the stack sets
 * (infra/constructs/notification-worker.ts): Amazon SES v2 from the stack's
 * sender address through its configuration set, links to the console and to
 * the one-click unsubscribe route. Without MAIL_FROM the workers store in-app
 * notifications only (a stack deployed without mail, or a local run).
 */
import type { MailDelivery } from '../app/mail-port.js';
import { getStringFromEnv } from '../config.js';
import { SesMailSender } from '../mail/ses-mail-sender.js';

/** The mail delivery the environment describes, or undefined when mail is not configured. */
export function mailDeliveryFromEnv(region: string, env: NodeJS.ProcessEnv = process.env): MailDelivery | undefined {
  const from = env.MAIL_FROM?.trim();
  if (!from) return undefined;
  return {
    sender: new SesMailSender({ region, from, configurationSetName: getStringFromEnv('MAIL_CONFIGURATION_SET', env) }),
    unsubscribeSecret: getStringFromEnv('UNSUBSCRIBE_SECRET', env),
    unsubscribeBaseUrl: getStringFromEnv('UNSUBSCRIBE_URL', env),
    appUrl: getStringFromEnv('APP_URL', env),
  };
}
