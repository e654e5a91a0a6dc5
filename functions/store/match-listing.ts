/**
 * Lists an organization's matches newest first from gsi2 (sent) and gsi3
 * (received), never a Scan (two-index-listing.ts: a status is a filter
 * inside the organization's own index partitions, each page bounded).
 */
import type { MatchDirection, MatchRecord, MatchStatus } from '../core/match/match-record.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { matchFromItem, matchPosition } from './items/match-items.js';
import { organizationMatchPartition } from './items/keys.js';
import { LIST_EXAMINE_LIMIT, listTwoIndexes, runIndex, type ListedItems } from './two-index-listing.js';

/** Items one listing page may examine per index before it returns what it has (filters make pages sparse). */
export const MATCH_LIST_EXAMINE_LIMIT = LIST_EXAMINE_LIMIT;

export interface MatchListQuery {
  organizationId: string;
  direction: MatchDirection;
  status?: MatchStatus;
  limit: number;
  /** Continue after this position (exclusive), as returned in `endPosition` or an item's position. */
  after?: string;
}

export interface MatchListPage {
  /** Newest first, at most `limit`, each with its position (for edge cursors). */
  entries: { record: MatchRecord; position: string }[];
  hasNextPage: boolean;
  /** Where the next page starts (the last entry, or further when filters skipped items). */
  endPosition?: string;
}

const MATCHES: ListedItems<MatchRecord> = { parse: matchFromItem, positionOf: matchPosition };

/** One page of an organization's matches, newest first. */
export async function listOrganizationMatches(gateway: DynamoGateway, query: MatchListQuery): Promise<MatchListPage> {
  const { organizationId, ...rest } = query;
  const page = await listTwoIndexes(gateway, { partition: organizationMatchPartition(organizationId), ...rest }, MATCHES);
  return { ...page, entries: page.entries.map(({ value, position }) => ({ record: value, position })) };
}

/** Most DECLINED matches read per side for declinedPartnersOf (an organization declines far fewer in practice). */
export const DECLINED_PARTNERS_LIMIT = 1000;

/** `organizationId`'s DECLINED matches, in either direction (bounded, two index Queries). */
export async function declinedMatchesOf(gateway: DynamoGateway, organizationId: string): Promise<MatchRecord[]> {
  const partition = organizationMatchPartition(organizationId);
  const runs = await Promise.all(
    (['SENT', 'RECEIVED'] as const).map((direction) =>
      runIndex(gateway, { partition, direction, status: 'DECLINED' }, MATCHES, DECLINED_PARTNERS_LIMIT, DECLINED_PARTNERS_LIMIT * 4),
    ),
  );
  return runs.flatMap((run) => run.found);
}

/** Organizations with which `organizationId` has a DECLINED match, in either direction (bounded, two index Queries). */
export async function declinedPartnersOf(gateway: DynamoGateway, organizationId: string): Promise<Set<string>> {
  const partners = new Set<string>();
  for (const record of await declinedMatchesOf(gateway, organizationId)) {
    partners.add(record.fromOrganizationId === organizationId ? record.toOrganizationId : record.fromOrganizationId);
  }
  return partners;
}
