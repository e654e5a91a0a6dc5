/**
 * The stream worker's handler: a batch of DynamoDB stream records in, the
 * notifications they cause stored, failures reported per record. The same
 * function runs as the Lambda on the table's stream and, locally, under
 * npm start's stream poller (./local-stream-delivery.ts).
 *
 * Records are processed in order; at the first failure the handler stops and
 * reports that record's sequence number, so Lambda retries from there
 * (ReportBatchItemFailures) and nothing after it is processed out of order.
 */
import type { DynamoDBBatchResponse, DynamoDBRecord } from 'aws-lambda';
import { createAppRequest } from '../app/app-request.js';
import { notifyChange, type NotifyOutcome } from '../app/notify-changes.js';
import type { MailDelivery } from '../app/mail-port.js';
import { ANONYMOUS } from '../core/access/principal.js';
import { DEFAULT_LOCALE } from '../core/vocabulary.js';
import { recordChangeOf, type StreamRecordLike } from '../store/stream-changes.js';
import type { Store } from '../store/store.js';

/** The batch the handler takes: Lambda's DynamoDBStreamEvent, or the local reader's records. */
export interface StreamBatch {
  Records: (DynamoDBRecord | StreamRecordLike)[];
}

export interface StreamHandlerOptions {
  store: Store;
  /** Mails notifications when given (SES in AWS, SMTP to MailDev locally); in-app only without. */
  mail?: MailDelivery;
  /** The clock, read once per record (each record is its own request). */
  clock?: () => Date;
  /** Called with each failed record and its error (the Lambda logs it). */
  onError?: (record: StreamRecordLike, error: unknown) => void;
  /** Called after each processed record (benchmarks and npm start's log use it). */
  onProcessed?: (record: StreamRecordLike, outcome: NotifyOutcome | null) => void;
}

/** Processes one record: derives its change and stores the notifications it causes. */
async function processRecord(options: StreamHandlerOptions, record: StreamRecordLike): Promise<NotifyOutcome | null> {
  const change = recordChangeOf(record);
  if (!change) return null;
  if (!record.eventID) throw new Error('A stream record without eventID cannot be processed idempotently');
  // The worker acts for no caller: the principal is anonymous and only the store and clock matter.
  const request = createAppRequest({
    store: options.store,
    principal: ANONYMOUS,
    now: (options.clock ?? (() => new Date()))(),
    locale: DEFAULT_LOCALE,
  });
  return notifyChange(request, { eventId: record.eventID, change }, options.mail);
}

/** The handler over a store. */
export function createStreamHandler(options: StreamHandlerOptions): (batch: StreamBatch) => Promise<DynamoDBBatchResponse> {
  return async (batch) => {
    for (const record of batch.Records as StreamRecordLike[]) {
      try {
        const outcome = await processRecord(options, record);
        options.onProcessed?.(record, outcome);
      } catch (error) {
        options.onError?.(record, error);
        return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
      }
    }
    return { batchItemFailures: [] };
  };
}
