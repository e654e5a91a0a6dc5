/**
 * Reads one page of a gsi1 listing partition: Query (never Scan) from the
 * cursor's position, applying the list filter as a FilterExpression and
 * continuing until the page has first + 1 matches (so hasNextPage is exact) or
 * the partition ends. Every edge gets a signed cursor at its own key.
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
}

/** Items read per Query when a filter may discard some (listing items are small). */
const FILTERED_QUERY_LIMIT = 200;

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
  const from = request.after ? codec.decode(request.after, request.partition).key : undefined;
  const params = () => ({
    TableName: gateway.tableName,
    IndexName: INDEXES.gsi1.indexName,
    KeyConditionExpression: `${INDEXES.gsi1.pk} = :partition`,
    ...(filtered ? { FilterExpression: request.filter.clauses.join(' AND '), ExpressionAttributeNames: request.filter.names } : {}),
    ExpressionAttributeValues: { ':partition': request.partition, ...request.filter.values },
    ScanIndexForward: request.ascending,
    Limit: filtered ? FILTERED_QUERY_LIMIT : request.first + 1,
  });
  const matches: Record<string, unknown>[] = [];
  for await (const output of queryPages(gateway, params, from)) {
    matches.push(...(output.Items ?? []));
    if (matches.length > request.first) break;
  }
  const page = matches.slice(0, request.first);
  return {
    entries: page.map((item) => ({ item, cursor: codec.encode({ partition: request.partition, key: positionOf(item) }) })),
    hasNextPage: matches.length > request.first,
  };
}

/** The key DynamoDB needs to continue a gsi1 Query after this item. */
function positionOf(item: Record<string, unknown>): Record<string, string> {
  const { pk, sk } = INDEXES.gsi1;
  return { pk: String(item.pk), sk: String(item.sk), [pk]: String(item[pk]), [sk]: String(item[sk]) };
}
