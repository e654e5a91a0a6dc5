/**
 * Lambda entry of webhook delivery: the SQS webhook queue → signed POSTs to
 * partner apps (./webhook-delivery-handler.ts). The event source mapping
 * reports batch item failures; a message that keeps failing (the table or the
 * queue failing, not a partner's answer) goes to the queue's dead-letter
 * queue after maxReceiveCount. In AWS, hosts resolving to private-network
 * addresses are refused (SSRF), and the disable notice goes through SES.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { loadRuntimeConfig } from '../config.js';
import { storeFromRuntimeConfig } from '../store/store.js';
import { createHttpWebhookSender } from '../webhooks/http-webhook-sender.js';
import { mailDeliveryFromEnv } from './mail-config.js';
import { webhookQueueFromEnv } from './webhook-config.js';
import { createWebhookDeliveryHandler } from './webhook-delivery-handler.js';

const logger = new Logger({ serviceName: 'chainfit-webhooks' });
const config = loadRuntimeConfig();
const store = storeFromRuntimeConfig(config);
const queue = webhookQueueFromEnv();
if (!queue) throw new Error('WEBHOOK_QUEUE_URL is required by the webhook delivery Lambda');
const mail = mailDeliveryFromEnv(config.region);

export const handler = createWebhookDeliveryHandler({
  store,
  queue,
  sender: createHttpWebhookSender({ refusePrivateAddresses: true }),
  ...(mail ? { adminMail: mail.sender } : {}),
  onResult: (message, result) => {
    logger.info('Webhook delivery', {
      webhookId: message.webhookId,
      webhookMessageId: message.messageId,
      attempt: message.attempt,
      result,
    });
  },
  onDisabled: (webhook, reason) => {
    // A metric filter on this message raises the WebhookDisabled alarm (infra/constructs/webhook-delivery.ts).
    logger.error('Webhook disabled', { webhookId: webhook.id, partnerClientId: webhook.partnerClientId, reason });
  },
  onError: (record, error) => {
    logger.error('Webhook message failed', { messageId: record.messageId, error });
  },
});
