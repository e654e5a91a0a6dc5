/**
 * `npm start`'s stand-in for the AWS event source mapping and scheduler: polls
 * DynamoDB Local's stream and hands the records to the worker's handler (the
 * same function the Lambda runs), and runs the collaboration expiry check at
 * start and then daily. Prints each notification as it is stored, so a
 * developer sees them arrive.
 */
import { createAppRequest } from '../functions/app/app-request.js';
import { notifyCollaborationExpiry } from '../functions/app/collaboration-expiry.js';
import { ANONYMOUS } from '../functions/core/access/principal.js';
import { DEFAULT_LOCALE } from '../functions/core/vocabulary.js';
import type { DynamoConnection } from '../functions/store/dynamo-client.js';
import { LocalStreamReader } from '../functions/store/local-stream-reader.js';
import type { Store } from '../functions/store/store.js';
import type { MailDelivery } from '../functions/app/mail-port.js';
import { deliverStreamRecords } from '../functions/worker/local-stream-delivery.js';
import { createStreamHandler } from '../functions/worker/stream-handler.js';

/** How often the stream is polled: quick enough to feel immediate, light on DynamoDB Local. */
export const STREAM_POLL_INTERVAL_MS = 200;
const DAY_MS = 24 * 60 * 60 * 1000;

export interface LocalWorkerOptions {
  connection: DynamoConnection;
  tableName: string;
  store: Store;
  /** Mails notifications (to MailDev) when given. */
  mail?: MailDelivery;
  log: (line: string) => void;
}

/** Starts polling from the stream's current end; resolves to a stop function. */
export async function startLocalWorker(options: LocalWorkerOptions): Promise<() => void> {
  const { store, log } = options;
  const reader = await LocalStreamReader.open(options.connection, options.tableName, 'LATEST');
  const handler = createStreamHandler({
    store,
    ...(options.mail ? { mail: options.mail } : {}),
    onProcessed: (_record, outcome) => {
      for (const notification of outcome?.written ?? [])
        log(`notification ${notification.kind} for ${notification.recipientOrganizationId} (member ${notification.recipientSubject})`);
    },
    onError: (record, error) => {
      log(`stream record ${record.eventID ?? '?'} failed: ${error instanceof Error ? error.message : String(error)}`);
    },
  });
  let stopped = false;
  const poll = async (): Promise<void> => {
    while (!stopped) {
      await deliverStreamRecords(await reader.read(), handler, {
        onDropped: (record) => {
          log(`stream record ${record.eventID ?? '?'} dropped after retries`);
        },
      });
      await new Promise((resolve) => setTimeout(resolve, STREAM_POLL_INTERVAL_MS));
    }
  };
  const checkExpiry = async (): Promise<void> => {
    const outcome = await notifyCollaborationExpiry(
      createAppRequest({ store, principal: ANONYMOUS, now: new Date(), locale: DEFAULT_LOCALE }),
      options.mail,
    );
    if (outcome.written > 0) log(`expiry check: ${outcome.written} notification(s)`);
  };
  const report = (what: string) => (error: unknown) => {
    log(`${what} stopped: ${error instanceof Error ? error.message : String(error)}`);
  };
  void poll().catch(report('stream polling'));
  void checkExpiry().catch(report('expiry check'));
  const daily = setInterval(() => void checkExpiry().catch(report('expiry check')), DAY_MS);
  return () => {
    stopped = true;
    clearInterval(daily);
    reader.close();
  };
}
