/**
 * Pure builders of the match requests: read one match, create it only where
 * none exists, replace it only at the version read, and query an
 * organization's matches in one direction (gsi2 sent, gsi3 received), and
 * every match of the zone (gsi1 MATCHES#ALL) for offline tools.
 */
import type { GetCommandInput, PutCommandInput, QueryCommandInput, TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { MatchIdentity } from '../core/match/match-identity.js';
import type { MatchDirection, MatchRecord, MatchStatus } from '../core/match/match-record.js';
import { matchItem, MUTUAL_PAIR_ITEM, mutualPairKey } from './items/match-items.js';
import { ALL_MATCHES_PARTITION, INDEXES, matchKey, organizationMatchPartition } from './items/keys.js';
import { queryDirectionParams } from './two-index-listing.js';
import { conditionParams, NOT_EXISTS, versionIs } from './write-conditions.js';
import { withWriteId } from './write-identity.js';

/** A strongly consistent read of the match of an identity. */
export function getMatchParams(tableName: string, identity: MatchIdentity): GetCommandInput {
  return { TableName: tableName, Key: matchKey(identity), ConsistentRead: true };
}

/** Creates a match only if none exists for its identity: concurrent creators race on this condition. */
export function createMatchParams(tableName: string, record: MatchRecord, writeId: string): PutCommandInput {
  return { TableName: tableName, Item: withWriteId(matchItem(record), writeId), ...conditionParams(NOT_EXISTS) };
}

/** Replaces a match only if it still has the version the transition was computed from. */
export function replaceMatchParams(tableName: string, next: MatchRecord, expectedVersion: number, writeId: string): PutCommandInput {
  return { TableName: tableName, Item: withWriteId(matchItem(next), writeId), ...conditionParams(versionIs(expectedVersion)) };
}

/**
 * The transaction part that marks the pair MUTUAL when `record` turns MUTUAL:
 * an Update setting `firstMatchId` and `since` only where the marker has
 * none, so the pair's first mutual match stays recorded.
 */
export function markMutualPair(tableName: string, record: MatchRecord): NonNullable<TransactWriteCommandInput['TransactItems']>[number] {
  return {
    Update: {
      TableName: tableName,
      Key: mutualPairKey(record.fromOrganizationId, record.toOrganizationId),
      UpdateExpression: 'SET #entity = :entity, #first = if_not_exists(#first, :first), #since = if_not_exists(#since, :since)',
      ExpressionAttributeNames: { '#entity': 'entity', '#first': 'firstMatchId', '#since': 'since' },
      ExpressionAttributeValues: { ':entity': MUTUAL_PAIR_ITEM.entity, ':first': record.id, ':since': record.updatedAt },
    },
  };
}

export interface MatchIndexQuery {
  organizationId: string;
  direction: Exclude<MatchDirection, 'ANY'>;
  status?: MatchStatus;
  /** Continue strictly before (older than) this position. */
  before?: string;
  limit: number;
}

/** One page of an organization's matches in one direction, newest first; a status is a filter within the partition. */
export function queryMatchIndexParams(tableName: string, { organizationId, ...query }: MatchIndexQuery): QueryCommandInput {
  return queryDirectionParams(tableName, { partition: organizationMatchPartition(organizationId), ...query });
}

/** Every match item of the zone (gsi1 MATCHES#ALL, projection ALL), page by page. */
export function queryAllMatchesParams(tableName: string): QueryCommandInput {
  return {
    TableName: tableName,
    IndexName: INDEXES.gsi1.indexName,
    KeyConditionExpression: '#pk = :partition',
    ExpressionAttributeNames: { '#pk': INDEXES.gsi1.pk },
    ExpressionAttributeValues: { ':partition': ALL_MATCHES_PARTITION },
  };
}
