/**
 * Delivers stream records to the worker's handler the way Lambda's event
 * source mapping does, for DynamoDB Local (npm start, tests, benchmarks):
 * in order, in batches, retrying from a reported failure a bounded number of
 * times. Locally there is no dead-letter queue: a record that keeps failing is
 * handed to `onDropped` (npm start prints it) and delivery goes on.
 */
import type { DynamoDBBatchResponse } from 'aws-lambda';
import type { StreamRecordLike } from '../store/stream-changes.js';
import type { StreamBatch } from './stream-handler.js';

export interface DeliveryOptions {
  batchSize?: number;
  /** Attempts per record before it is dropped (Lambda: retryAttempts + 1). */
  maxAttempts?: number;
  onDropped?: (record: StreamRecordLike) => void;
}

/** The same defaults as the Lambda's event source mapping (infra). */
export const LOCAL_DELIVERY_DEFAULTS = { batchSize: 100, maxAttempts: 4 } as const;

/** Delivers `records` to `handler` in order; resolves when each was processed or dropped. */
export async function deliverStreamRecords(
  records: readonly StreamRecordLike[],
  handler: (batch: StreamBatch) => Promise<DynamoDBBatchResponse>,
  options: DeliveryOptions = {},
): Promise<void> {
  const { batchSize, maxAttempts } = { ...LOCAL_DELIVERY_DEFAULTS, ...options };
  let next = 0;
  let attempts = 0;
  while (next < records.length) {
    const batch = records.slice(next, next + batchSize);
    const { batchItemFailures } = await handler({ Records: batch });
    const failed = batchItemFailures[0]?.itemIdentifier;
    const failedAt = failed === undefined ? -1 : batch.findIndex((record) => record.dynamodb?.SequenceNumber === failed);
    if (failedAt < 0) {
      next += batch.length;
      attempts = 0;
      continue;
    }
    next += failedAt;
    attempts++;
    if (attempts >= maxAttempts) {
      options.onDropped?.(records[next] as StreamRecordLike);
      next++;
      attempts = 0;
    }
  }
}
