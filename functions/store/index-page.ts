/**
 * One bounded page of a gsi1 partition, resumable from DynamoDB's
 * LastEvaluatedKey: what maintenance scripts (reindex, timestamp migration)
 * walk every organization or collaboration with, a batch at a time.
 */
import type { QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { DynamoGateway } from './dynamo-gateway.js';
import { INDEXES } from './items/keys.js';
import { queryPages, type StartKey } from './paged-query.js';

/** Up to `limit` items of a gsi1 partition after `from`; `next` is absent at the partition's end. */
export async function queryIndexPage(
  gateway: DynamoGateway,
  partition: string,
  limit: number,
  from?: StartKey,
): Promise<{ items: Record<string, unknown>[]; next?: StartKey }> {
  const params = () => ({
    TableName: gateway.tableName,
    IndexName: INDEXES.gsi1.indexName,
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: { '#pk': INDEXES.gsi1.pk },
    ExpressionAttributeValues: { ':pk': partition },
    Limit: limit,
  });
  for await (const output of queryPages(gateway, params, from)) return pageOf(output);
  return { items: [] };
}

function pageOf(output: QueryCommandOutput): { items: Record<string, unknown>[]; next?: StartKey } {
  return { items: output.Items ?? [], ...(output.LastEvaluatedKey ? { next: output.LastEvaluatedKey } : {}) };
}
