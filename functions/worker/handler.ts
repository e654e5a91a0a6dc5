/**
 * Lambda entry of the stream worker: the table's DynamoDB stream → notifications.
 * The event source mapping (infra/constructs/notification-worker.ts) reports
 * batch item failures, bisects failing batches, retries a bounded number of
 * times and sends what still fails to an SQS dead-letter queue. Mails go out
 * through Amazon SES v2 when the stack configures it (./mail-config.ts).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { loadRuntimeConfig } from '../config.js';
import { storeFromRuntimeConfig } from '../store/store.js';
import { createStreamHandler } from './stream-handler.js';
import { mailDeliveryFromEnv } from './mail-config.js';
import { webhookQueueFromEnv } from './webhook-config.js';

const logger = new Logger({ serviceName: 'chainfit-worker' });
const config = loadRuntimeConfig();
const store = storeFromRuntimeConfig(config);

const mail = mailDeliveryFromEnv(config.region);
// Partner webhook deliveries go into the webhook queue (infra/constructs/webhook-delivery.ts).
const webhooks = webhookQueueFromEnv();

export const handler = createStreamHandler({
  store,
  ...(mail ? { mail } : {}),
  ...(webhooks ? { webhooks } : {}),
  onError: (record, error) => {
    logger.error('Stream record failed', { eventID: record.eventID, sequenceNumber: record.dynamodb?.SequenceNumber, error });
  },
});
