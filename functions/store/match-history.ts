/**
 * Every match of the zone with its frozen fit and outcome, for calibration
 * (scripts/calibrate.ts): the MATCHES#ALL partition of gsi1 (projection ALL),
 * page by page: a Query, never a Scan. Reads the whole history, so it is for
 * offline tools only, never a request path.
 */
import type { MatchRecord } from '../core/match/match-record.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { matchFromItem } from './items/match-items.js';
import { queryAllMatchesParams } from './match-requests.js';
import { queryPages } from './paged-query.js';

export async function allMatches(gateway: DynamoGateway): Promise<MatchRecord[]> {
  const matches: MatchRecord[] = [];
  for await (const output of queryPages(gateway, () => queryAllMatchesParams(gateway.tableName))) {
    matches.push(...(output.Items ?? []).map(matchFromItem));
  }
  return matches;
}
