/**
 * Writes and deletes many items with BatchWriteItem (25 per call, the limit),
 * re-sending UnprocessedItems on the gateway's retry policy. Used only to load
 * data sets (demo data), never by a mutation: batch writes are not
 * transactions and carry no conditions.
 */
import { BatchWriteCommand, type BatchWriteCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { DynamoGateway } from './dynamo-gateway.js';
import { keyOf, keyString, type Item, type ItemKey } from './items/keys.js';

/** Keys of `before` that `after` no longer has: what a reload must delete. */
export function staleKeys(before: readonly ItemKey[], after: readonly ItemKey[]): ItemKey[] {
  const kept = new Set(after.map(keyString));
  return before.map(keyOf).filter((key) => !kept.has(keyString(key)));
}

export const BATCH_WRITE_LIMIT = 25;

type WriteRequest = { PutRequest: { Item: Record<string, unknown> } } | { DeleteRequest: { Key: ItemKey } };

/** Batches in flight at once: loading is I/O-bound, and DynamoDB Local copes with a few. */
const CONCURRENT_BATCHES = 8;

/** Puts `items` and deletes `deletes` (keys), 25 requests per call. */
export async function batchWriteItems(gateway: DynamoGateway, items: readonly Item[], deletes: readonly ItemKey[] = []): Promise<void> {
  const requests: WriteRequest[] = [
    ...items.map((Item) => ({ PutRequest: { Item } })),
    ...deletes.map((Key) => ({ DeleteRequest: { Key } })),
  ];
  const batches: WriteRequest[][] = [];
  for (let start = 0; start < requests.length; start += BATCH_WRITE_LIMIT) batches.push(requests.slice(start, start + BATCH_WRITE_LIMIT));
  for (let start = 0; start < batches.length; start += CONCURRENT_BATCHES) {
    await Promise.all(
      batches
        .slice(start, start + CONCURRENT_BATCHES)
        .map((batch) => gateway.sendUntilProcessed(batch, (pending) => writeBatch(gateway, pending))),
    );
  }
}

async function writeBatch(gateway: DynamoGateway, batch: WriteRequest[]): Promise<WriteRequest[]> {
  const output = await gateway.send<BatchWriteCommandOutput>(new BatchWriteCommand({ RequestItems: { [gateway.tableName]: batch } }));
  return (output.UnprocessedItems?.[gateway.tableName] ?? []) as WriteRequest[];
}
