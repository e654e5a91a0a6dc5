/**
 * Reads one page of a gsi1 listing partition: Query (never Scan) from the
 * cursor's position, applying the list filter as a FilterExpression and
 * continuing until the page has first + 1 matches (so hasNextPage is exact) or
 * the partition ends. Every edge gets a signed cursor at its own key.
 */
import { QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { DynamoGateway } from './dynamo-gateway.js';
import type { CursorCodec } from './cursor-codec.js';
import { INDEX } from './table-definition.js';

export interface ListingFilter {
  /** FilterExpression clauses, joined with AND. */
  clauses: string[];
  names: Record<string, string>;
  values: Record<string, unknown>;
}

export interface ListingRequest {
  partition: string;
  filter: ListingFilter;
  first: number;
  after?: string | null;
  /** Sort-key order: organizations by id ascending, postings newest first. */
  ascending: boolean;
}

export interface ListingPage {
  entries: { item: Record<string, unknown>; cursor: string }[];
  hasNextPage: boolean;
}

/** Items read per Query when a filter may discard some (listing items are small). */
const FILTERED_QUERY_LIMIT = 200;

export const emptyFilter = (): ListingFilter => ({ clauses: [], names: {}, values: {} });

export async function queryListing(gateway: DynamoGateway, codec: CursorCodec, request: ListingRequest): Promise<ListingPage> {
  const filtered = request.filter.clauses.length > 0;
  let startKey: Record<string, unknown> | undefined = request.after ? codec.decode(request.after, request.partition).key : undefined;
  const matches: Record<string, unknown>[] = [];
  do {
    const output: QueryCommandOutput = await gateway.send<QueryCommandOutput>(
      new QueryCommand({
        TableName: gateway.tableName,
        IndexName: INDEX.gsi1,
        KeyConditionExpression: 'gsi1pk = :partition',
        ...(filtered ? { FilterExpression: request.filter.clauses.join(' AND '), ExpressionAttributeNames: request.filter.names } : {}),
        ExpressionAttributeValues: { ':partition': request.partition, ...request.filter.values },
        ScanIndexForward: request.ascending,
        Limit: filtered ? FILTERED_QUERY_LIMIT : request.first + 1,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    matches.push(...(output.Items ?? []));
    startKey = output.LastEvaluatedKey;
  } while (matches.length <= request.first && startKey);
  const page = matches.slice(0, request.first);
  return {
    entries: page.map((item) => ({ item, cursor: codec.encode({ partition: request.partition, key: positionOf(item) }) })),
    hasNextPage: matches.length > request.first,
  };
}

/** The key DynamoDB needs to continue a gsi1 Query after this item. */
function positionOf(item: Record<string, unknown>): Record<string, string> {
  return { pk: String(item.pk), sk: String(item.sk), gsi1pk: String(item.gsi1pk), gsi1sk: String(item.gsi1sk) };
}
