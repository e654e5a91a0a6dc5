/**
 * Writes and deletes many items with BatchWriteItem (25 per call, the limit),
 * retrying UnprocessedItems with backoff a bounded number of times. Used only
 * to load data sets (demo data), never by a mutation: batch writes are not
 * transactions and carry no conditions.
 */
import { BatchWriteCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ServiceUnavailableError } from '../core/errors.js';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, type DynamoGateway } from './dynamo-gateway.js';
import { keyOf, keyString, type Item, type ItemKey } from './item-keys.js';

/** Keys of `before` that `after` no longer has: what a reload must delete. */
export function staleKeys(before: readonly ItemKey[], after: readonly ItemKey[]): ItemKey[] {
  const kept = new Set(after.map(keyString));
  return before.map(keyOf).filter((key) => !kept.has(keyString(key)));
}

export const BATCH_WRITE_LIMIT = 25;
const MAX_UNPROCESSED_ROUNDS = 8;

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: ItemKey } };

/** Batches in flight at once: loading is I/O-bound, and DynamoDB Local copes with a few. */
const CONCURRENT_BATCHES = 8;

/** Puts `items` and deletes `deletes` (keys), 25 requests per call. */
export async function batchWriteItems(gateway: DynamoGateway, items: readonly Item[], deletes: readonly ItemKey[] = []): Promise<void> {
  const requests: WriteRequest[] = [...items.map((Item) => ({ PutRequest: { Item } })), ...deletes.map((Key) => ({ DeleteRequest: { Key } }))];
  const batches: WriteRequest[][] = [];
  for (let start = 0; start < requests.length; start += BATCH_WRITE_LIMIT) batches.push(requests.slice(start, start + BATCH_WRITE_LIMIT));
  for (let start = 0; start < batches.length; start += CONCURRENT_BATCHES) {
    await Promise.all(batches.slice(start, start + CONCURRENT_BATCHES).map((batch) => writeBatch(gateway, batch)));
  }
}

async function writeBatch(gateway: DynamoGateway, batch: WriteRequest[]): Promise<void> {
  let pending = batch;
  for (let round = 0; pending.length > 0; round++) {
    if (round >= MAX_UNPROCESSED_ROUNDS) throw new ServiceUnavailableError();
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, backoffDelayMs(round, DEFAULT_RETRY_POLICY)));
    const output = await gateway.send<BatchWriteCommandOutput>(new BatchWriteCommand({ RequestItems: { [gateway.tableName]: pending } }));
    pending = (output.UnprocessedItems?.[gateway.tableName] ?? []) as WriteRequest[];
  }
}
