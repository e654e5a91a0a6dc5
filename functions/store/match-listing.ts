/**
 * Lists an organization's matches newest first from gsi2 (sent) and gsi3
 * (received), never a Scan. A status is a FilterExpression inside the
 * organization's own index partition, so each page examines a bounded number
 * of items; ANY direction merges the two indexes by their shared sort key.
 */
import type { MatchDirection, MatchRecord, MatchStatus } from '../core/match/match-record.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { matchFromItem, matchPosition } from './items/match-items.js';
import { MATCH_INDEXES, queryMatchIndexParams, type MatchIndexQuery } from './match-requests.js';
import { queryPages } from './paged-query.js';

/** Items one listing page may examine per index before it returns what it has (filters make pages sparse). */
export const MATCH_LIST_EXAMINE_LIMIT = 500;
/** Items read per Query when a status filter applies. */
const FILTERED_QUERY_LIMIT = 100;

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

interface IndexRun {
  matches: MatchRecord[];
  /** Every item at or above this position was examined; undefined: the partition was read to its end. */
  frontier?: string;
}

/** Reads one index down from `after` until `want` matches, its end, or the examine limit. */
async function runIndex(
  gateway: DynamoGateway,
  base: Omit<MatchIndexQuery, 'limit'>,
  want: number,
  examineLimit: number,
): Promise<IndexRun> {
  const matches: MatchRecord[] = [];
  let examined = 0;
  const skName = MATCH_INDEXES[base.direction].sk;
  // Unfiltered pages ask for exactly what is still missing; filtered ones read a fixed batch.
  const params = () =>
    queryMatchIndexParams(gateway.tableName, { ...base, limit: base.status ? FILTERED_QUERY_LIMIT : want - matches.length });
  for await (const output of queryPages(gateway, params)) {
    examined += output.ScannedCount ?? 0;
    matches.push(...(output.Items ?? []).map(matchFromItem));
    if (matches.length >= want) {
      const kept = matches.slice(0, want);
      return { matches: kept, frontier: matchPosition(kept[want - 1] as MatchRecord) };
    }
    const startKey = output.LastEvaluatedKey;
    if (startKey && examined >= examineLimit) return { matches, frontier: String(startKey[skName]) };
  }
  return { matches };
}

/** One page of an organization's matches, newest first. */
export async function listOrganizationMatches(gateway: DynamoGateway, query: MatchListQuery): Promise<MatchListPage> {
  const directions = query.direction === 'ANY' ? (['SENT', 'RECEIVED'] as const) : [query.direction];
  const want = query.limit + 1;
  const runs = await Promise.all(
    directions.map((direction) =>
      runIndex(
        gateway,
        {
          organizationId: query.organizationId,
          direction,
          ...(query.status ? { status: query.status } : {}),
          ...(query.after ? { before: query.after } : {}),
        },
        want,
        MATCH_LIST_EXAMINE_LIMIT,
      ),
    ),
  );
  // Only positions every unfinished index has reached are complete; the highest frontier bounds them.
  const frontiers = runs.flatMap((run) => (run.frontier === undefined ? [] : [run.frontier]));
  const frontier = frontiers.length > 0 ? frontiers.reduce((a, b) => (a > b ? a : b)) : undefined;
  const known = runs
    .flatMap((run) => run.matches)
    .map((record) => ({ record, position: matchPosition(record) }))
    .filter((entry) => frontier === undefined || entry.position >= frontier)
    .sort((a, b) => (a.position < b.position ? 1 : a.position > b.position ? -1 : 0));
  const entries = known.slice(0, query.limit);
  const hasNextPage = known.length > query.limit || frontier !== undefined;
  const last = entries.at(-1)?.position;
  const endPosition = known.length > query.limit ? last : (frontier ?? last);
  return { entries, hasNextPage, ...(endPosition ? { endPosition } : {}) };
}

/** Most DECLINED matches read per side for declinedPartnersOf (an organization declines far fewer in practice). */
export const DECLINED_PARTNERS_LIMIT = 1000;

/** `organizationId`'s DECLINED matches, in either direction (bounded, two index Queries). */
export async function declinedMatchesOf(gateway: DynamoGateway, organizationId: string): Promise<MatchRecord[]> {
  const runs = await Promise.all(
    (['SENT', 'RECEIVED'] as const).map((direction) =>
      runIndex(gateway, { organizationId, direction, status: 'DECLINED' }, DECLINED_PARTNERS_LIMIT, DECLINED_PARTNERS_LIMIT * 4),
    ),
  );
  return runs.flatMap((run) => run.matches);
}

/** Organizations with which `organizationId` has a DECLINED match, in either direction (bounded, two index Queries). */
export async function declinedPartnersOf(gateway: DynamoGateway, organizationId: string): Promise<Set<string>> {
  const partners = new Set<string>();
  for (const record of await declinedMatchesOf(gateway, organizationId)) {
    partners.add(record.fromOrganizationId === organizationId ? record.toOrganizationId : record.fromOrganizationId);
  }
  return partners;
}
