/**
 * Reads many items by key with BatchGetItem: at most 100 keys per call (the
 * DynamoDB limit), retrying UnprocessedKeys with backoff a bounded number of
 * times, then failing with a retryable ServiceUnavailableError. A single key
 * (a loader batch of one: the common read by id) is one GetItem instead, with
 * the same eventual consistency: less for the SDK to build and parse.
 */
import { BatchGetCommand, GetCommand, type BatchGetCommandOutput, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ServiceUnavailableError } from '../core/errors.js';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, type DynamoGateway } from './dynamo-gateway.js';
import { keyString, type ItemKey } from './item-keys.js';

export const BATCH_GET_LIMIT = 100;
const MAX_UNPROCESSED_ROUNDS = 5;

/** Returns the items found, keyed by keyString(key); missing keys are simply absent. */
export async function batchGetItems(gateway: DynamoGateway, keys: readonly ItemKey[]): Promise<Map<string, Record<string, unknown>>> {
  const unique = [...new Map(keys.map((key) => [keyString(key), { pk: key.pk, sk: key.sk }])).values()];
  const found = new Map<string, Record<string, unknown>>();
  if (unique.length === 1) {
    const output = await gateway.send<GetCommandOutput>(new GetCommand({ TableName: gateway.tableName, Key: unique[0] }));
    if (output.Item) found.set(keyString(unique[0]!), output.Item);
    return found;
  }
  for (let start = 0; start < unique.length; start += BATCH_GET_LIMIT) {
    await getChunk(gateway, unique.slice(start, start + BATCH_GET_LIMIT), found);
  }
  return found;
}

async function getChunk(gateway: DynamoGateway, chunk: ItemKey[], found: Map<string, Record<string, unknown>>): Promise<void> {
  let pending: ItemKey[] = chunk;
  for (let round = 0; pending.length > 0; round++) {
    if (round >= MAX_UNPROCESSED_ROUNDS) throw new ServiceUnavailableError();
    if (round > 0) await new Promise((resolve) => setTimeout(resolve, backoffDelayMs(round, DEFAULT_RETRY_POLICY)));
    const output = await gateway.send<BatchGetCommandOutput>(
      new BatchGetCommand({ RequestItems: { [gateway.tableName]: { Keys: pending } } }),
    );
    for (const item of output.Responses?.[gateway.tableName] ?? []) {
      found.set(keyString({ pk: String(item.pk), sk: String(item.sk) }), item);
    }
    pending = (output.UnprocessedKeys?.[gateway.tableName]?.Keys ?? []) as ItemKey[];
  }
}
