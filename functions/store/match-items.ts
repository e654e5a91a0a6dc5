/**
 * Pure builders of the match items and requests (docs/data-model.md, "Match
 * records"). One item per match, in the pair's partition; gsi2 lists it under
 * the sender, gsi3 under the receiver, both newest first, and gsi1 lists every
 * match of the zone (MATCHES#ALL) for the statistics; a MUTUAL marker item
 * per pair answers "may these two see each other's contacts" with one GetItem.
 */
import type { GetCommandInput, PutCommandInput, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { MatchIdentity } from '../core/match/match-identity.js';
import { matchIdentity } from '../core/match/match-identity.js';
import type { MatchDirection, MatchRecord, MatchStatus } from '../core/match/match-record.js';
import type { ItemKey, Item } from './item-keys.js';
import { INDEX } from './table-definition.js';

export const MATCH_ENTITY = 'MATCH';
export const MUTUAL_PAIR_ENTITY = 'MUTUAL_PAIR';

const pairPartition = (low: string, high: string): string => `MATCH#${low}#${high}`;

/** The match item's key: the pair's partition, one sort key per posting (NONE: no posting). */
export function matchKey(identity: MatchIdentity): ItemKey {
  return { pk: pairPartition(identity.lowOrganizationId, identity.highOrganizationId), sk: `POSTING#${identity.collaborationId ?? 'NONE'}` };
}

/** The pair's MUTUAL marker: present once any match of the pair turned MUTUAL (MUTUAL is never left). */
export function mutualPairKey(organizationA: string, organizationB: string): ItemKey {
  const { lowOrganizationId, highOrganizationId } = matchIdentity(organizationA, organizationB);
  return { pk: pairPartition(lowOrganizationId, highOrganizationId), sk: 'MUTUAL' };
}

/** The partition of an organization's matches in gsi2 (as sender) and gsi3 (as receiver). */
export const organizationMatchPartition = (organizationId: string): string => `ORGMATCH#${organizationId}`;

/** Sort key in both indexes: creation time, then id, so the order is total and stable while paging. */
export const matchPosition = (record: Pick<MatchRecord, 'createdAt' | 'id'>): string => `${record.createdAt}#${record.id}`;

/** gsi1 partition listing every match of the zone, oldest first (zone statistics read it). */
export const ALL_MATCHES_PARTITION = 'MATCHES#ALL';

/** The index listing an organization's matches in one direction. */
export const MATCH_INDEXES: Record<Exclude<MatchDirection, 'ANY'>, { indexName: string; pk: string; sk: string }> = {
  SENT: { indexName: INDEX.gsi2, pk: 'gsi2pk', sk: 'gsi2sk' },
  RECEIVED: { indexName: INDEX.gsi3, pk: 'gsi3pk', sk: 'gsi3sk' },
};

/** The match item: every write of a match (creation and each transition) puts the whole item, so all index keys persist. */
export function matchItem(record: MatchRecord): Item {
  const position = matchPosition(record);
  return {
    ...matchKey(matchIdentity(record.fromOrganizationId, record.toOrganizationId, record.collaborationId)),
    entity: MATCH_ENTITY,
    gsi1pk: ALL_MATCHES_PARTITION,
    gsi1sk: position,
    gsi2pk: organizationMatchPartition(record.fromOrganizationId),
    gsi2sk: position,
    gsi3pk: organizationMatchPartition(record.toOrganizationId),
    gsi3sk: position,
    ...record,
  };
}

export function matchFromItem(item: Record<string, unknown>): MatchRecord {
  const { pk: _pk, sk: _sk, entity: _entity, gsi1pk: _a, gsi1sk: _b, gsi2pk: _c, gsi2sk: _d, gsi3pk: _e, gsi3sk: _f, ...record } = item;
  return record as unknown as MatchRecord;
}

export function mutualPairItem(record: MatchRecord): Item {
  return { ...mutualPairKey(record.fromOrganizationId, record.toOrganizationId), entity: MUTUAL_PAIR_ENTITY, firstMatchId: record.id, since: record.updatedAt };
}

export function getMatchParams(tableName: string, identity: MatchIdentity): GetCommandInput {
  return { TableName: tableName, Key: matchKey(identity), ConsistentRead: true };
}

/** Creates a match only if none exists for its identity: concurrent creators race on this condition. */
export function createMatchParams(tableName: string, record: MatchRecord): PutCommandInput {
  return { TableName: tableName, Item: matchItem(record), ConditionExpression: 'attribute_not_exists(pk)' };
}

/** Replaces a match only if it still has the version the transition was computed from. */
export function replaceMatchParams(tableName: string, next: MatchRecord, expectedVersion: number): PutCommandInput {
  return {
    TableName: tableName,
    Item: matchItem(next),
    ConditionExpression: '#version = :expectedVersion',
    ExpressionAttributeNames: { '#version': 'version' },
    ExpressionAttributeValues: { ':expectedVersion': expectedVersion },
  };
}

export interface MatchIndexQuery {
  organizationId: string;
  direction: Exclude<MatchDirection, 'ANY'>;
  status?: MatchStatus;
  /** Continue strictly before (older than) this position. */
  before?: string;
  limit: number;
  exclusiveStartKey?: Record<string, unknown>;
}

/** One page of an organization's matches in one direction, newest first; a status is a filter within the partition. */
export function queryMatchIndexParams(tableName: string, query: MatchIndexQuery): QueryCommandInput {
  const index = MATCH_INDEXES[query.direction];
  const names: Record<string, string> = { '#pk': index.pk };
  const values: Record<string, unknown> = { ':pk': organizationMatchPartition(query.organizationId) };
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
    ...(query.exclusiveStartKey ? { ExclusiveStartKey: query.exclusiveStartKey } : {}),
  };
}
