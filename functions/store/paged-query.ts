/**
 * The one Query loop of the store: sends a Query, then the next page from its
 * LastEvaluatedKey, for as long as the caller keeps reading. Callers stop
 * (break) once they have what they need, so no page is read in vain.
 */
import { QueryCommand, type QueryCommandInput, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { DynamoGateway } from './dynamo-gateway.js';

/** A key DynamoDB continues a Query after. */
export type StartKey = Record<string, unknown>;

/**
 * Yields the pages of a Query. `params` is asked again for every page (a
 * caller may shrink `Limit` as its page fills); `from` continues a listing.
 */
export async function* queryPages(
  gateway: DynamoGateway,
  params: () => QueryCommandInput,
  from?: StartKey,
): AsyncGenerator<QueryCommandOutput> {
  let startKey = from;
  do {
    const output = await gateway.send<QueryCommandOutput>(
      new QueryCommand({ ...params(), ...(startKey ? { ExclusiveStartKey: startKey } : {}) }),
    );
    yield output;
    startKey = output.LastEvaluatedKey;
  } while (startKey);
}
