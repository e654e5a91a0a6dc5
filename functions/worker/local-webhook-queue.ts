/**
 * The webhook queue in-process, for npm start and tests: the same port as the
 * SQS adapter, and `deliverDue` hands the messages due at a given time to the
 * same handler the delivery Lambda runs, shaped as SQS records. A message the
 * handler reports failed stays queued and is handed over again at the next
 * call (SQS's visibility timeout, without the dead-letter queue: after
 * `maxReceives` it is dropped and reported).
 */
import type { SQSBatchResponse } from 'aws-lambda';
import type { WebhookMessage, WebhookQueue } from '../app/webhook-delivery.js';
import type { QueueRecordLike } from './webhook-delivery-handler.js';

interface Queued {
  id: string;
  message: WebhookMessage;
  receives: number;
}

export class LocalWebhookQueue implements WebhookQueue {
  private queued: Queued[] = [];
  private sequence = 0;

  constructor(private readonly options: { maxReceives?: number; onDropped?: (message: WebhookMessage) => void } = {}) {}

  enqueue(message: WebhookMessage): Promise<void> {
    this.queued.push({ id: `local-${++this.sequence}`, message, receives: 0 });
    return Promise.resolve();
  }

  /** Messages waiting, due or not. */
  get size(): number {
    return this.queued.length;
  }

  /** When the next message is due, or null when the queue is empty. */
  nextDueAt(): Date | null {
    const times = this.queued.map((entry) => Date.parse(entry.message.notBefore));
    return times.length ? new Date(Math.min(...times)) : null;
  }

  /** Hands the messages due at `now` to `handler`; answers how many were handed over. */
  async deliverDue(now: Date, handler: (event: { Records: QueueRecordLike[] }) => Promise<SQSBatchResponse>): Promise<number> {
    const due = this.queued.filter((entry) => Date.parse(entry.message.notBefore) <= now.getTime());
    if (due.length === 0) return 0;
    this.queued = this.queued.filter((entry) => !due.includes(entry));
    const { batchItemFailures } = await handler({
      Records: due.map((entry) => ({ messageId: entry.id, body: JSON.stringify(entry.message) })),
    });
    const failed = new Set(batchItemFailures.map((failure) => failure.itemIdentifier));
    for (const entry of due.filter((candidate) => failed.has(candidate.id))) {
      entry.receives++;
      if (entry.receives >= (this.options.maxReceives ?? 5)) this.options.onDropped?.(entry.message);
      else this.queued.push(entry);
    }
    return due.length;
  }
}
