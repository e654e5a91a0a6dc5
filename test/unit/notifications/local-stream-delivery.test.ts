import { describe, expect, it } from 'vitest';
import { deliverStreamRecords } from '../../../functions/worker/local-stream-delivery.js';
import type { StreamRecordLike } from '../../../functions/store/stream-changes.js';
import type { StreamBatch } from '../../../functions/worker/stream-handler.js';

const records: StreamRecordLike[] = ['1', '2', '3', '4'].map((sequence) => ({
  eventID: `event-${sequence}`,
  dynamodb: { SequenceNumber: sequence },
}));

/** A handler that processes records in order and fails on the given sequence numbers a number of times each. */
function handlerFailing(failures: Record<string, number>) {
  const processed: string[] = [];
  const handler = async (batch: StreamBatch) => {
    for (const record of batch.Records as StreamRecordLike[]) {
      const sequence = record.dynamodb?.SequenceNumber ?? '';
      if ((failures[sequence] ?? 0) > 0) {
        failures[sequence]!--;
        return { batchItemFailures: [{ itemIdentifier: sequence }] };
      }
      processed.push(sequence);
    }
    return { batchItemFailures: [] };
  };
  return { handler, processed };
}

describe('local delivery of stream records (the event source mapping’s rules)', () => {
  it('delivers in batches, in order', async () => {
    const { handler, processed } = handlerFailing({});
    await deliverStreamRecords(records, handler, { batchSize: 3 });
    expect(processed).toEqual(['1', '2', '3', '4']);
  });

  it('retries from the reported failure, without repeating what succeeded before it', async () => {
    const { handler, processed } = handlerFailing({ '2': 2 });
    await deliverStreamRecords(records, handler);
    expect(processed).toEqual(['1', '2', '3', '4']);
  });

  it('drops a record that keeps failing after the bounded attempts, and goes on', async () => {
    const dropped: string[] = [];
    const { handler, processed } = handlerFailing({ '3': 99 });
    await deliverStreamRecords(records, handler, { maxAttempts: 3, onDropped: (record) => dropped.push(record.eventID ?? '') });
    expect(processed).toEqual(['1', '2', '4']);
    expect(dropped).toEqual(['event-3']);
  });
});
