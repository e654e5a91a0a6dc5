/**
 * Lambda entry of the daily collaboration expiry check, invoked by
 * EventBridge Scheduler (infra/constructs/notification-worker.ts). Locally,
 * npm start runs the same use case at start and then daily.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { createAppRequest } from '../app/app-request.js';
import { notifyCollaborationExpiry, type ExpiryCheckOutcome } from '../app/collaboration-expiry.js';
import { loadRuntimeConfig } from '../config.js';
import { ANONYMOUS } from '../core/access/principal.js';
import { DEFAULT_LOCALE } from '../core/vocabulary.js';
import { createStore } from '../store/store.js';
import { mailDeliveryFromEnv } from './mail-config.js';

const logger = new Logger({ serviceName: 'chainfit-expiry-check' });
const config = loadRuntimeConfig();
const store = createStore({
  tableName: config.tableName,
  connection: { region: config.region, ...(config.dynamoEndpoint ? { endpoint: config.dynamoEndpoint } : {}) },
  cursorSecret: config.cursorSecret,
});

const mail = mailDeliveryFromEnv(config.region);

export async function handler(): Promise<ExpiryCheckOutcome> {
  const request = createAppRequest({ store, principal: ANONYMOUS, now: new Date(), locale: DEFAULT_LOCALE });
  const outcome = await notifyCollaborationExpiry(request, mail);
  logger.info('Expiry check done', { ...outcome });
  return outcome;
}
