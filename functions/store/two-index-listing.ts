/**
 * One page of a party's list kept in two indexes, newest first: what it sent
 * (gsi2) and what it received (gsi3), sharing one sort key (`<time>#<id>`).
 * Matches and event meeting requests are both listed this way. A status is a
 * FilterExpression inside the party's own index partition, so each page
 * examines a bounded number of items; ANY direction merges the two indexes.
 */
import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { DynamoGateway } from './dynamo-gateway.js';
import { INDEXES } from './items/keys.js';
import { queryPages } from './paged-query.js';

export type ListDirection = 'SENT' | 'RECEIVED';

/** The index listing a party's items in one direction. */
export const DIRECTION_INDEXES: Record<ListDirection, { indexName: string; pk: string; sk: string }> = {
  SENT: INDEXES.gsi2,
  RECEIVED: INDEXES.gsi3,
};

/** Items one listing page may examine per index before it returns what it has (filters make pages sparse). */
export const LIST_EXAMINE_LIMIT = 500;
/** Items read per Query when a status filter applies. */
const FILTERED_QUERY_LIMIT = 100;

/** One direction's read: the party's partition in that index, a status filter, and where to continue. */
export interface DirectionQuery {
  partition: string;
  direction: ListDirection;
  status?: string;
  /** Continue strictly before (older than) this position. */
  before?: string;
  limit: number;
}

/** A Query of one direction's index, newest first; a status is a filter within the partition. */
export function queryDirectionParams(tableName: string, query: DirectionQuery): QueryCommandInput {
  const index = DIRECTION_INDEXES[query.direction];
  const names: Record<string, string> = { '#pk': index.pk };
  const values: Record<string, unknown> = { ':pk': query.partition };
  if (query.before !== undefined) {
    names['#sk'] = index.sk;
    values[':before'] = query.before;
  }
  if (query.status) {
    names['#status'] = 'status';
    values[':status'] = query.status;
  }
  return {
    TableName: tableName,
    IndexName: index.indexName,
    KeyConditionExpression: query.before !== undefined ? '#pk = :pk AND #sk < :before' : '#pk = :pk',
    ...(query.status ? { FilterExpression: '#status = :status' } : {}),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
    ScanIndexForward: false,
    Limit: query.limit,
  };
}

/** How the listed items are read back and ordered. */
export interface ListedItems<T> {
  parse: (item: Record<string, unknown>) => T;
  /** The item's sort key in both indexes. */
  positionOf: (value: T) => string;
}

export interface IndexRun<T> {
  found: T[];
  /** Every item at or above this position was examined; undefined: the partition was read to its end. */
  frontier?: string;
}

/** Reads one index down from `before` until `want` items, its end, or the examine limit. */
export async function runIndex<T>(
  gateway: DynamoGateway,
  base: Omit<DirectionQuery, 'limit'>,
  items: ListedItems<T>,
  want: number,
  examineLimit: number,
): Promise<IndexRun<T>> {
  const found: T[] = [];
  let examined = 0;
  const skName = DIRECTION_INDEXES[base.direction].sk;
  // Unfiltered pages ask for exactly what is still missing; filtered ones read a fixed batch.
  const params = () =>
    queryDirectionParams(gateway.tableName, { ...base, limit: base.status ? FILTERED_QUERY_LIMIT : want - found.length });
  for await (const output of queryPages(gateway, params)) {
    examined += output.ScannedCount ?? 0;
    found.push(...(output.Items ?? []).map(items.parse));
    if (found.length >= want) {
      const kept = found.slice(0, want);
      return { found: kept, frontier: items.positionOf(kept[want - 1] as T) };
    }
    const startKey = output.LastEvaluatedKey;
    if (startKey && examined >= examineLimit) return { found, frontier: String(startKey[skName]) };
  }
  return { found };
}

export interface TwoIndexQuery {
  partition: string;
  direction: ListDirection | 'ANY';
  status?: string;
  limit: number;
  /** Continue after this position (exclusive), as returned in `endPosition` or an entry's position. */
  after?: string;
}

export interface TwoIndexPage<T> {
  /** Newest first, at most `limit`, each with its position (for edge cursors). */
  entries: { value: T; position: string }[];
  hasNextPage: boolean;
  /** Where the next page starts (the last entry, or further when filters skipped items). */
  endPosition?: string;
}

/** One page of a party's items in one direction or both, newest first. */
export async function listTwoIndexes<T>(gateway: DynamoGateway, query: TwoIndexQuery, items: ListedItems<T>): Promise<TwoIndexPage<T>> {
  const directions = query.direction === 'ANY' ? (['SENT', 'RECEIVED'] as const) : [query.direction];
  const want = query.limit + 1;
  const runs = await Promise.all(
    directions.map((direction) =>
      runIndex(
        gateway,
        {
          partition: query.partition,
          direction,
          ...(query.status ? { status: query.status } : {}),
          ...(query.after ? { before: query.after } : {}),
        },
        items,
        want,
        LIST_EXAMINE_LIMIT,
      ),
    ),
  );
  // Only positions every unfinished index has reached are complete; the highest frontier bounds them.
  const frontiers = runs.flatMap((run) => (run.frontier === undefined ? [] : [run.frontier]));
  const frontier = frontiers.length > 0 ? frontiers.reduce((a, b) => (a > b ? a : b)) : undefined;
  const known = runs
    .flatMap((run) => run.found)
    .map((value) => ({ value, position: items.positionOf(value) }))
    .filter((entry) => frontier === undefined || entry.position >= frontier)
    .sort((a, b) => (a.position < b.position ? 1 : a.position > b.position ? -1 : 0));
  const entries = known.slice(0, query.limit);
  const hasNextPage = known.length > query.limit || frontier !== undefined;
  const last = entries.at(-1)?.position;
  const endPosition = known.length > query.limit ? last : (frontier ?? last);
  return { entries, hasNextPage, ...(endPosition ? { endPosition } : {}) };
}
