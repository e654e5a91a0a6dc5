/**
 * The webhook queue's consumer: a batch of queue messages in, one delivery
 * attempt each (functions/app/webhook-delivery.ts), failures reported per
 * message. The same function runs as the delivery Lambda on the SQS queue
 * (ReportBatchItemFailures: a message whose attempt threw, because the table
 * or the queue failed, is received again; after maxReceiveCount it goes to the
 * dead-letter queue) and, locally, under npm start's poller of the in-process
 * queue (./local-webhook-queue.ts). A partner's failing answer is not a
 * handler failure: the message is re-enqueued with its backoff delay.
 */
import type { SQSBatchResponse } from 'aws-lambda';
import { createAppRequest } from '../app/app-request.js';
import { deliverWebhookMessage, type DeliveryResult, type WebhookDeliveryPorts, type WebhookMessage } from '../app/webhook-delivery.js';
import { ANONYMOUS } from '../core/access/principal.js';
import { DEFAULT_LOCALE } from '../core/vocabulary.js';
import type { Store } from '../store/store.js';

/** The parts of an SQS record the handler reads (Lambda's SQSRecord fits it). */
export interface QueueRecordLike {
  messageId: string;
  body: string;
}

export interface WebhookDeliveryHandlerOptions extends WebhookDeliveryPorts {
  store: Store;
  clock?: () => Date;
  onResult?: (message: WebhookMessage, result: DeliveryResult) => void;
  onError?: (record: QueueRecordLike, error: unknown) => void;
}

function parseMessage(body: string): WebhookMessage {
  const value = JSON.parse(body) as Partial<WebhookMessage>;
  const { messageId, webhookId, attempt, firstAttemptAt, notBefore } = value;
  if (
    typeof messageId !== 'string' ||
    typeof webhookId !== 'string' ||
    typeof value.body !== 'string' ||
    typeof attempt !== 'number' ||
    typeof firstAttemptAt !== 'string' ||
    typeof notBefore !== 'string'
  ) {
    throw new Error('Malformed webhook message');
  }
  return { messageId, webhookId, body: value.body, attempt, firstAttemptAt, notBefore };
}

export function createWebhookDeliveryHandler(
  options: WebhookDeliveryHandlerOptions,
): (event: { Records: QueueRecordLike[] }) => Promise<SQSBatchResponse> {
  return async (event) => {
    const failures: { itemIdentifier: string }[] = [];
    for (const record of event.Records) {
      try {
        const message = parseMessage(record.body);
        const request = createAppRequest({
          store: options.store,
          principal: ANONYMOUS,
          now: (options.clock ?? (() => new Date()))(),
          locale: DEFAULT_LOCALE,
        });
        options.onResult?.(message, await deliverWebhookMessage(request, message, options));
      } catch (error) {
        options.onError?.(record, error);
        failures.push({ itemIdentifier: record.messageId });
      }
    }
    return { batchItemFailures: failures };
  };
}
