/**
 * The webhook queue of the AWS workers: the stream worker and the expiry
 * check enqueue deliveries, the delivery Lambda consumes them. The stack sets
 * WEBHOOK_QUEUE_URL (infra/constructs/webhook-delivery.ts); without it no
 * webhook is delivered.
 */
import type { WebhookQueue } from '../app/webhook-delivery.js';
import { createSqsWebhookQueue } from '../webhooks/sqs-webhook-queue.js';

export function webhookQueueFromEnv(env: NodeJS.ProcessEnv = process.env): WebhookQueue | undefined {
  const url = env.WEBHOOK_QUEUE_URL?.trim();
  return url ? createSqsWebhookQueue(url) : undefined;
}
