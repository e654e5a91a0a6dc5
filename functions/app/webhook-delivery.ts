/**
 * Partner webhook deliveries (docs/notifications.md, "Partner webhooks").
 *
 * Fan-out (the stream worker and the expiry check): each domain event a
 * webhook subscribed to becomes one queue message per webhook, its
 * `webhook-id` derived from the source event and the webhook, so a replayed
 * event enqueues nothing new (a delivery marker records the enqueue) and a
 * partner that sees the same id twice knows it is a retry.
 *
 * Delivery (the queue's consumer: a Lambda on SQS in AWS, npm start's poller
 * locally): one signed POST; a 2xx answer marks the delivery done; any other
 * answer or a network failure re-enqueues the message with exponential
 * backoff (core/webhooks/webhook.ts) until 24 hours after the first attempt,
 * then the webhook is disabled and the administrator who registered it is
 * told (mail, when they had a verified email, and the `onDisabled` hook the
 * entry points log with).
 */
import { createHash } from 'node:crypto';
import type { DomainEvent } from '../core/notifications/notification.js';
import { isWebhookEvent, nextAttemptAt, webhookPayloadOf, webhookWants, type Webhook } from '../core/webhooks/webhook.js';
import type { AppRequest } from './app-request.js';
import type { MailSender } from './mail-port.js';
import { webhookHeaders } from './webhook-signature.js';
import { WebhookDeliveryLog } from '../store/webhook-deliveries.js';

/** One delivery as it travels through the queue. */
export interface WebhookMessage {
  /** The Standard Webhooks `webhook-id`: the same for every attempt. */
  messageId: string;
  webhookId: string;
  /** The JSON payload, fixed at fan-out so every attempt signs the same bytes. */
  body: string;
  /** Attempts made so far. */
  attempt: number;
  /** When the message was first enqueued: the 24-hour retry window starts here. */
  firstAttemptAt: string;
  /** Not to be attempted before (ISO time). */
  notBefore: string;
}

/** The queue port: SQS in AWS (functions/webhooks/sqs-webhook-queue.ts), in-process locally (functions/worker/local-webhook-queue.ts). */
export interface WebhookQueue {
  /** Enqueues `message`, to be received no earlier than `message.notBefore` (an adapter may deliver earlier; the consumer re-enqueues). */
  enqueue(message: WebhookMessage): Promise<void>;
}

/** The HTTP port: POSTs one delivery and answers the response status; throws on a network failure or timeout. */
export interface WebhookSender {
  post(url: string, headers: Record<string, string>, body: string): Promise<number>;
}

export interface WebhookDeliveryPorts {
  queue: WebhookQueue;
  sender: WebhookSender;
  /** Mails the disable notice to the registering administrator (when they had a verified email). */
  adminMail?: MailSender;
  /** Told once when a webhook is disabled (the entry points log it). */
  onDisabled?: (webhook: Webhook, reason: string) => void;
}

/** The `webhook-id` of one event for one webhook: stable across retries and redeliveries. */
export function webhookMessageIdOf(sourceEventId: string, event: DomainEvent, webhookId: string): string {
  const digest = createHash('sha256')
    .update(`${sourceEventId}\u0000${event.kind}\u0000${event.recipient.organizationId}\u0000${webhookId}`)
    .digest('base64url')
    .slice(0, 24);
  return `msg_${digest}`;
}

/**
 * Enqueues the deliveries of `events` to the webhooks that want them; reads
 * the webhooks (one Query) only when an event is of a webhook kind. Returns
 * how many messages were enqueued now.
 */
export async function enqueueWebhookEvents(
  request: AppRequest,
  sourceEventId: string,
  events: readonly DomainEvent[],
  queue: WebhookQueue,
): Promise<number> {
  const wanted = events.filter(isWebhookEvent);
  if (wanted.length === 0) return 0;
  const webhooks = await request.store.webhooks.list();
  const deliveries = new WebhookDeliveryLog(request.store.gateway);
  let enqueued = 0;
  for (const event of wanted) {
    const body = JSON.stringify(webhookPayloadOf(event));
    for (const webhook of webhooks.filter((candidate) => webhookWants(candidate, event.kind))) {
      const messageId = webhookMessageIdOf(sourceEventId, event, webhook.id);
      if (await deliveries.deliveryState(webhook.id, messageId, request.now)) continue;
      const now = request.now.toISOString();
      await queue.enqueue({ messageId, webhookId: webhook.id, body, attempt: 0, firstAttemptAt: now, notBefore: now });
      await deliveries.markDelivery(webhook.id, messageId, 'ENQUEUED', request.now);
      enqueued++;
    }
  }
  return enqueued;
}

export type DeliveryResult = 'DELIVERED' | 'RETRY_SCHEDULED' | 'DEFERRED' | 'DISABLED' | 'DROPPED';

/** The notice an administrator gets when their webhook is disabled. */
function disableNotice(webhook: Webhook, reason: string) {
  const text = [
    `The chainfit webhook ${webhook.id} for partner app ${webhook.partnerClientId} (${webhook.url}) was disabled: ${reason}.`,
    'Deliveries stop until an administrator registers the endpoint again (registerWebhook) once it answers 2xx.',
  ].join('\n\n');
  return {
    subject: `chainfit: webhook for ${webhook.partnerClientId} disabled`,
    text,
    html: `<p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n\n/g, '</p><p>')}</p>`,
    headers: {},
  };
}

/** Attempts one delivery at `request.now`. Throws only when the queue or the table fails (the consumer then retries the message). */
export async function deliverWebhookMessage(
  request: AppRequest,
  message: WebhookMessage,
  ports: WebhookDeliveryPorts,
): Promise<DeliveryResult> {
  if (Date.parse(message.notBefore) > request.now.getTime()) {
    // Not yet due (SQS delays at most 15 minutes): back into the queue until it is.
    await ports.queue.enqueue(message);
    return 'DEFERRED';
  }
  const webhook = await request.store.webhooks.get(message.webhookId);
  const deliveries = new WebhookDeliveryLog(request.store.gateway);
  if (!webhook || webhook.status !== 'ACTIVE') return 'DROPPED';
  if ((await deliveries.deliveryState(webhook.id, message.messageId, request.now)) === 'DELIVERED') return 'DROPPED';

  let failure: string;
  try {
    const status = await ports.sender.post(
      webhook.url,
      webhookHeaders(webhook.secret, message.messageId, request.now, message.body),
      message.body,
    );
    if (status >= 200 && status < 300) {
      await deliveries.markDelivery(webhook.id, message.messageId, 'DELIVERED', request.now);
      return 'DELIVERED';
    }
    failure = `HTTP ${status}`;
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }

  const attempt = message.attempt + 1;
  const next = nextAttemptAt(message.firstAttemptAt, attempt, request.now);
  if (next) {
    await ports.queue.enqueue({ ...message, attempt, notBefore: next.toISOString() });
    return 'RETRY_SCHEDULED';
  }
  const reason = `deliveries failed for 24 hours (${attempt} attempts; last: ${failure})`;
  if (await deliveries.disable(webhook.id, request.now, reason)) {
    ports.onDisabled?.(webhook, reason);
    if (ports.adminMail && webhook.createdByEmail)
      await ports.adminMail.send({ to: webhook.createdByEmail, ...disableNotice(webhook, reason) });
  }
  return 'DISABLED';
}
