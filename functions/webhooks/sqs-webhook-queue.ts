/**
 * The webhook queue on Amazon SQS: a message is sent with DelaySeconds up to
 * SQS's 900-second maximum; a message due later is received early and the
 * consumer re-enqueues it (functions/app/webhook-delivery.ts), so a 4-hour
 * backoff costs a handful of messages. The attempt count travels in the body.
 */
import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { WebhookMessage, WebhookQueue } from '../app/webhook-delivery.js';

/** SQS's longest delivery delay. */
export const SQS_MAX_DELAY_SECONDS = 900;

/** The delay to send `message` with at `now`: until it is due, at most 900 s. */
export function sqsDelaySecondsOf(message: WebhookMessage, now: Date): number {
  const seconds = Math.ceil((Date.parse(message.notBefore) - now.getTime()) / 1000);
  return Math.min(Math.max(seconds, 0), SQS_MAX_DELAY_SECONDS);
}

export function createSqsWebhookQueue(queueUrl: string, client = new SQSClient({}), clock: () => Date = () => new Date()): WebhookQueue {
  return {
    async enqueue(message) {
      await client.send(
        new SendMessageCommand({
          QueueUrl: queueUrl,
          MessageBody: JSON.stringify(message),
          DelaySeconds: sqsDelaySecondsOf(message, clock()),
        }),
      );
    },
  };
}
