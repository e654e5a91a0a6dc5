/**
 * Every match of the zone with its frozen fit and outcome, for calibration
 * (scripts/calibrate.ts): the MATCHES#ALL partition of gsi1 (projection ALL),
 * page by page: a Query, never a Scan. Reads the whole history, so it is for
 * offline tools only, never a request path.
 */
import { QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { MatchRecord } from '../core/match/match-record.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { ALL_MATCHES_PARTITION, matchFromItem } from './match-items.js';
import { INDEX } from './table-definition.js';

export async function allMatches(gateway: DynamoGateway): Promise<MatchRecord[]> {
  const matches: MatchRecord[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const output: QueryCommandOutput = await gateway.send<QueryCommandOutput>(
      new QueryCommand({
        TableName: gateway.tableName,
        IndexName: INDEX.gsi1,
        KeyConditionExpression: 'gsi1pk = :partition',
        ExpressionAttributeValues: { ':partition': ALL_MATCHES_PARTITION },
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    matches.push(...(output.Items ?? []).map(matchFromItem));
    startKey = output.LastEvaluatedKey;
  } while (startKey);
  return matches;
}
