/**
 * Reads many items by key with BatchGetItem: at most 100 keys per call (the
 * DynamoDB limit), re-sending UnprocessedKeys on the gateway's retry policy.
 * A single key (a loader batch of one: the common read by id) is one GetItem
 * instead, with the same eventual consistency: less for the SDK to build and parse.
 */
import { BatchGetCommand, GetCommand, type BatchGetCommandOutput, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { DynamoGateway } from './dynamo-gateway.js';
import { keyOf, keyString, type ItemKey } from './items/keys.js';

export const BATCH_GET_LIMIT = 100;

/** Returns the items found, keyed by keyString(key); missing keys are simply absent. */
export async function batchGetItems(gateway: DynamoGateway, keys: readonly ItemKey[]): Promise<Map<string, Record<string, unknown>>> {
  const unique = [...new Map(keys.map((key) => [keyString(key), keyOf(key)])).values()];
  const found = new Map<string, Record<string, unknown>>();
  const [only] = unique;
  if (only && unique.length === 1) {
    const output = await gateway.send<GetCommandOutput>(new GetCommand({ TableName: gateway.tableName, Key: only }));
    if (output.Item) found.set(keyString(only), output.Item);
    return found;
  }
  for (let start = 0; start < unique.length; start += BATCH_GET_LIMIT) {
    await gateway.sendUntilProcessed(unique.slice(start, start + BATCH_GET_LIMIT), async (pending) => {
      const output = await gateway.send<BatchGetCommandOutput>(
        new BatchGetCommand({ RequestItems: { [gateway.tableName]: { Keys: pending } } }),
      );
      for (const item of output.Responses?.[gateway.tableName] ?? []) {
        found.set(keyString({ pk: String(item.pk), sk: String(item.sk) }), item);
      }
      return (output.UnprocessedKeys?.[gateway.tableName]?.Keys ?? []) as ItemKey[];
    });
  }
  return found;
}
