/**
 * Connected-test support for the stream worker: a reader of the test table's
 * real DynamoDB Local stream and the worker's handler, so a test writes
 * through GraphQL, then delivers what the stream recorded, exactly as
 * `npm start` does.
 *
 * Nothing promises that a stream record is readable the moment its write
 * returns, so "read until nothing comes" could stop early. deliverPending writes a
 * barrier item and reads until the barrier's own record arrives: every write
 * before it has been read by then (one shard, in order). The worker ignores
 * the barrier (no item type).
 */
import { randomUUID } from 'node:crypto';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, createDynamoClient } from '../../functions/store/dynamo-client.js';
import { LocalStreamReader, type StreamEventRecord } from '../../functions/store/local-stream-reader.js';
import type { Store } from '../../functions/store/store.js';
import type { MailDelivery } from '../../functions/app/mail-port.js';
import { deliverStreamRecords } from '../../functions/worker/local-stream-delivery.js';
import { createStreamHandler } from '../../functions/worker/stream-handler.js';
import { TEST_REGION, type TestTable } from './test-table.js';

/** Reads before a missing barrier fails the test (each read is a few milliseconds on DynamoDB Local). */
const MAX_BARRIER_READS = 2000;

export interface NotificationPipeline {
  reader: LocalStreamReader;
  /** Reads what the stream holds since the last call and delivers it to the worker; returns the records. */
  deliverPending(): Promise<StreamEventRecord[]>;
  /** Delivers records again (a redelivery, as Lambda may do). */
  redeliver(records: readonly StreamEventRecord[]): Promise<void>;
  close(): void;
}

/** Every record up to and including the barrier item `barrier` (its sort key). */
async function readThroughBarrier(reader: LocalStreamReader, barrier: string): Promise<StreamEventRecord[]> {
  const records: StreamEventRecord[] = [];
  for (let reads = 0; reads < MAX_BARRIER_READS; reads++) {
    records.push(...(await reader.read()));
    const at = records.findIndex((record) => (record.dynamodb.Keys.sk as { S?: string } | undefined)?.S === barrier);
    if (at >= 0) return records.filter((_, index) => index !== at);
  }
  throw new Error(`The stream never delivered barrier ${barrier}`);
}

/** The worker on `table`'s stream, reading from now on; `store` defaults to the table's; with `mail`, it mails too. */
export async function notificationPipeline(
  table: TestTable,
  store: Store = table.store,
  mail?: MailDelivery,
): Promise<NotificationPipeline> {
  const connection = { region: TEST_REGION, endpoint: table.endpoint };
  const reader = await LocalStreamReader.open(connection, table.tableName, 'LATEST');
  const documents = createDocumentClient(createDynamoClient(connection));
  const errors: unknown[] = [];
  const handler = createStreamHandler({ store, ...(mail ? { mail } : {}), onError: (_record, error) => errors.push(error) });
  // A record the worker could not process fails the test that delivered it, with the worker's error.
  const deliver = async (records: readonly StreamEventRecord[]) => {
    await deliverStreamRecords(records, handler);
    if (errors.length > 0) throw errors.splice(0)[0];
  };
  return {
    reader,
    async deliverPending() {
      const barrier = randomUUID();
      await documents.send(
        new PutCommand({ TableName: table.tableName, Item: { pk: 'TEST_BARRIER', sk: barrier, entity: 'TEST_BARRIER' } }),
      );
      const records = await readThroughBarrier(reader, barrier);
      await deliver(records);
      return records;
    },
    redeliver: deliver,
    close: () => {
      reader.close();
      documents.destroy();
    },
  };
}
