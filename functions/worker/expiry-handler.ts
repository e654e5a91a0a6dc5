/**
 * Lambda entry of the scheduled jobs, invoked by EventBridge Scheduler
 * (infra/constructs/notification-worker.ts): the daily collaboration expiry
 * check (no input) and the daily and weekly digests (`{ digest }`). Locally,
 * npm start runs the expiry check at start and then daily, and
 * `npm run digest` runs a digest.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { createAppRequest } from '../app/app-request.js';
import { notifyCollaborationExpiry, type ExpiryCheckOutcome } from '../app/collaboration-expiry.js';
import { sendDigests, type DigestOutcome } from '../app/digests.js';
import { previousDigestPeriod, type DigestFrequency } from '../core/notifications/digest.js';
import { loadRuntimeConfig } from '../config.js';
import { ANONYMOUS } from '../core/access/principal.js';
import { DEFAULT_LOCALE } from '../core/vocabulary.js';
import { storeFromRuntimeConfig } from '../store/store.js';
import { mailDeliveryFromEnv } from './mail-config.js';

const logger = new Logger({ serviceName: 'chainfit-expiry-check' });
const config = loadRuntimeConfig();
const store = storeFromRuntimeConfig(config);

const mail = mailDeliveryFromEnv(config.region);

/** What a schedule passes: nothing for the expiry check; `{ digest: 'DAILY' | 'WEEKLY' }` for the digest of the period just ended. */
export interface ScheduledJob {
  digest?: DigestFrequency;
}

export async function handler(job: ScheduledJob | null = null): Promise<ExpiryCheckOutcome | DigestOutcome> {
  const request = createAppRequest({ store, principal: ANONYMOUS, now: new Date(), locale: DEFAULT_LOCALE });
  if (job?.digest) {
    if (!mail) throw new Error('The digest needs mail configuration (MAIL_FROM, UNSUBSCRIBE_URL, UNSUBSCRIBE_SECRET, APP_URL)');
    const period = previousDigestPeriod(job.digest, request.now);
    const outcome = await sendDigests(request, period, mail);
    logger.info('Digest done', { ...outcome, frequency: period.frequency, period: period.key });
    return outcome;
  }
  const outcome = await notifyCollaborationExpiry(request, mail);
  logger.info('Expiry check done', { ...outcome });
  return outcome;
}
