/**
 * Reads one page of a gsi1 listing partition (or of a sort-key range of a
 * table partition): Query (never Scan) from the
 * cursor's position, applying the list filter as a FilterExpression and
 * continuing until the page has first + 1 matches (so hasNextPage is exact),
 * the partition ends, or LISTING_READ_LIMIT items were read: a sparse filter
 * then gets a partial page (possibly empty) with hasNextPage true and an
 * endCursor where the next request continues, so no request reads more than a
 * bounded number of items however large the table grows. Every edge gets a
 * signed cursor at its own key.
 */
import type { DynamoGateway } from './dynamo-gateway.js';
import type { CursorCodec } from './cursor-codec.js';
import { INDEXES } from './items/keys.js';
import { queryPages } from './paged-query.js';

export interface ListingFilter {
  /** FilterExpression clauses, joined with AND. */
  clauses: string[];
  names: Record<string, string>;
  values: Record<string, unknown>;
}

/** Which partition a list reads and what it filters there. */
export interface ListingPlan {
  partition: string;
  filter: ListingFilter;
  /**
   * Read the items of the table's own partition `partition` whose sort key begins with this, strongly consistent,
   * instead of a gsi1 partition (an organization's invitations, read right after an owner invites).
   */
  tableSortPrefix?: string;
}

export interface ListingRequest extends ListingPlan {
  first: number;
  after?: string | null | undefined;
  /** Sort-key order: organizations by id ascending, collaborations newest first. */
  ascending: boolean;
}

export interface ListingPage {
  entries: { item: Record<string, unknown>; cursor: string }[];
  hasNextPage: boolean;
  /** Set when the read stopped at LISTING_READ_LIMIT: where the next page starts (past the last entry). */
  endCursor?: string;
}

/** Items read per Query when a filter may discard some (listing items are small). */
const FILTERED_QUERY_LIMIT = 200;

/** Most listing items one page reads (five filtered Queries of about 100 KB); a sparse filter returns what it has by then. */
export const LISTING_READ_LIMIT = 1000;

export const emptyFilter = (): ListingFilter => ({ clauses: [], names: {}, values: {} });

/** Adds `attribute = value` (or `contains(attribute, value)`) when a value is given. */
export function addClause(filter: ListingFilter, attribute: string, value: string | undefined, test: 'equals' | 'contains'): void {
  if (value === undefined) return;
  filter.names[`#${attribute}`] = attribute;
  filter.values[`:${attribute}`] = value;
  filter.clauses.push(test === 'contains' ? `contains(#${attribute}, :${attribute})` : `#${attribute} = :${attribute}`);
}

/** One page of a listing partition, each entry with its signed cursor. */
export async function queryListing(gateway: DynamoGateway, codec: CursorCodec, request: ListingRequest): Promise<ListingPage> {
  const filtered = request.filter.clauses.length > 0;
  const prefix = request.tableSortPrefix;
  // A cursor is bound to its list: a table partition's cursor names the sort-key prefix too.
  const cursorPartition = prefix === undefined ? request.partition : `${request.partition}#${prefix}`;
  const from = request.after ? codec.decode(request.after, cursorPartition).key : undefined;
  const matches: Record<string, unknown>[] = [];
  let read = 0;
  let stoppedAt: Record<string, string> | undefined;
  const params = () => ({
    TableName: gateway.tableName,
    ...(prefix === undefined
      ? { IndexName: INDEXES.gsi1.indexName, KeyConditionExpression: `${INDEXES.gsi1.pk} = :partition` }
      : { KeyConditionExpression: 'pk = :partition AND begins_with(sk, :prefix)', ConsistentRead: true }),
    ...(filtered ? { FilterExpression: request.filter.clauses.join(' AND '), ExpressionAttributeNames: request.filter.names } : {}),
    ExpressionAttributeValues: {
      ':partition': request.partition,
      ...(prefix === undefined ? {} : { ':prefix': prefix }),
      ...request.filter.values,
    },
    ScanIndexForward: request.ascending,
    // Never past the read limit: the last Query asks only for what is left of it.
    Limit: filtered ? Math.min(FILTERED_QUERY_LIMIT, LISTING_READ_LIMIT - read) : request.first + 1,
  });
  for await (const output of queryPages(gateway, params, from)) {
    matches.push(...(output.Items ?? []));
    read += output.ScannedCount ?? output.Items?.length ?? 0;
    if (matches.length > request.first) break;
    if (read >= LISTING_READ_LIMIT && output.LastEvaluatedKey) {
      stoppedAt = Object.fromEntries(Object.entries(output.LastEvaluatedKey).map(([name, value]) => [name, String(value)]));
      break;
    }
  }
  const page = matches.slice(0, request.first);
  return {
    entries: page.map((item) => ({
      item,
      cursor: codec.encode({ partition: cursorPartition, key: positionOf(item, prefix === undefined) }),
    })),
    hasNextPage: matches.length > request.first || stoppedAt !== undefined,
    ...(stoppedAt ? { endCursor: codec.encode({ partition: cursorPartition, key: stoppedAt }) } : {}),
  };
}

/** The key DynamoDB needs to continue a Query after this item (a gsi1 Query needs the index key too). */
function positionOf(item: Record<string, unknown>, inGsi1: boolean): Record<string, string> {
  const key = { pk: String(item.pk), sk: String(item.sk) };
  const { pk, sk } = INDEXES.gsi1;
  return inGsi1 ? { ...key, [pk]: String(item[pk]), [sk]: String(item[sk]) } : key;
}
