/**
 * What matching reads: candidates through the industry-chain index items of
 * one segment (a Query on `SEGMENT#<S>`, verified organizations first), and
 * match profiles of known organizations in one BatchGetItem per 100 ids.
 * Never one call per candidate.
 */
import { QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import { effectiveStatus } from '../core/collaboration.js';
import { matchProfileOf, type MatchProfile } from '../core/match-profile.js';
import type { PostingSnapshot } from '../core/posting-snapshot.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { postingSnapshotFromIndexItem } from './collaboration-index-items.js';
import { segmentPartition, SEGMENT_SORT_PREFIX } from './item-keys.js';
import { matchProfileFromIndexItem } from './organization-index-items.js';
import type { OrganizationRepository } from './organization-repository.js';

export interface IndexReadOptions {
  /** Most items to return. */
  limit: number;
}

export class MatchIndexRepository {
  constructor(
    private readonly gateway: DynamoGateway,
    private readonly organizations: OrganizationRepository,
  ) {}

  /** Organizations offering a segment: verified first, then unverified; never suspended ones. */
  async matchProfilesOffering(segmentId: string, options: IndexReadOptions): Promise<MatchProfile[]> {
    const items = await this.querySegment(segmentId, SEGMENT_SORT_PREFIX.offers, options.limit, () => true);
    return items.map(matchProfileFromIndexItem);
  }

  /** Organizations seeking partners in a segment: verified first; never suspended ones. */
  async matchProfilesSeeking(segmentId: string, options: IndexReadOptions): Promise<MatchProfile[]> {
    const items = await this.querySegment(segmentId, SEGMENT_SORT_PREFIX.seeks, options.limit, () => true);
    return items.map(matchProfileFromIndexItem);
  }

  /**
   * Open postings in a segment. Expired postings are skipped here even when
   * TTL has not yet deleted their index items.
   */
  async openPostingsIn(segmentId: string, options: IndexReadOptions & { now?: Date }): Promise<PostingSnapshot[]> {
    const now = options.now ?? new Date();
    const isOpen = (item: Record<string, unknown>) => effectiveStatus({ status: 'OPEN', expiresAt: postingSnapshotFromIndexItem(item).expiresAt }, now) === 'OPEN';
    const items = await this.querySegment(segmentId, SEGMENT_SORT_PREFIX.postings, options.limit, isOpen);
    return items.map(postingSnapshotFromIndexItem);
  }

  /** Match profiles of the given organizations (absent and suspended ones omitted), in the order asked. */
  async matchProfilesByIds(ids: readonly string[]): Promise<MatchProfile[]> {
    const orgs = await this.organizations.getMany(ids);
    return orgs.flatMap((org) => (org && org.verification !== 'SUSPENDED' ? [matchProfileOf(org)] : []));
  }

  private async querySegment(segmentId: string, prefix: string, limit: number, keep: (item: Record<string, unknown>) => boolean): Promise<Record<string, unknown>[]> {
    const kept: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const output: QueryCommandOutput = await this.gateway.send<QueryCommandOutput>(
        new QueryCommand({
          TableName: this.gateway.tableName,
          KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
          ExpressionAttributeValues: { ':pk': segmentPartition(segmentId), ':prefix': prefix },
          Limit: limit,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      kept.push(...(output.Items ?? []).filter(keep));
      startKey = output.LastEvaluatedKey;
    } while (kept.length < limit && startKey);
    return kept.slice(0, limit);
  }
}
