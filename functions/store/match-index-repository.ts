/**
 * What matching reads: candidates through the industry-chain index items of
 * one segment (a Query on `SEGMENT#<S>`, verified organizations first), and
 * match profiles of known organizations in one BatchGetItem per 100 ids.
 * Never one call per candidate.
 */
import type { CollaborationSnapshot } from '../core/collaboration-snapshot.js';
import { matchProfileOf, type MatchProfile } from '../core/match-profile.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { COLLABORATION_INDEX_ITEM, takesInterest } from './items/collaboration-index-items.js';
import { segmentPartition, SEGMENT_SORT_PREFIX } from './items/keys.js';
import { MATCH_INDEX_ITEM } from './items/organization-index-items.js';
import type { OrganizationRepository } from './organization-repository.js';
import { queryPages } from './paged-query.js';

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
  matchProfilesOffering(segmentId: string, options: IndexReadOptions): Promise<MatchProfile[]> {
    return this.querySegment(segmentId, SEGMENT_SORT_PREFIX.offers, options.limit, MATCH_INDEX_ITEM.parse, () => true);
  }

  /** Organizations seeking partners in a segment: verified first; never suspended ones. */
  matchProfilesSeeking(segmentId: string, options: IndexReadOptions): Promise<MatchProfile[]> {
    return this.querySegment(segmentId, SEGMENT_SORT_PREFIX.seeks, options.limit, MATCH_INDEX_ITEM.parse, () => true);
  }

  /**
   * Open collaborations in a segment that take expressions of interest.
   * Expired ones are skipped here even when TTL has not yet deleted their
   * index items, and so are closed-for-interest ones an older write left.
   */
  openCollaborationsIn(segmentId: string, options: IndexReadOptions & { now?: Date }): Promise<CollaborationSnapshot[]> {
    const now = options.now ?? new Date();
    const isOpen = (snapshot: CollaborationSnapshot) => takesInterest({ ...snapshot, status: 'OPEN' }, now);
    return this.querySegment(segmentId, SEGMENT_SORT_PREFIX.openCollaborations, options.limit, COLLABORATION_INDEX_ITEM.parse, isOpen);
  }

  /** Match profiles of the given organizations (absent and suspended ones omitted), in the order asked. */
  async matchProfilesByIds(ids: readonly string[]): Promise<MatchProfile[]> {
    const orgs = await this.organizations.getMany(ids);
    return orgs.flatMap((org) => (org && org.verification !== 'SUSPENDED' ? [matchProfileOf(org)] : []));
  }

  /** Up to `limit` parsed index items of one kind in a segment partition that pass `keep`. */
  private async querySegment<T>(
    segmentId: string,
    prefix: string,
    limit: number,
    parse: (item: Record<string, unknown>) => T,
    keep: (value: T) => boolean,
  ): Promise<T[]> {
    const kept: T[] = [];
    const params = () => ({
      TableName: this.gateway.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': segmentPartition(segmentId), ':prefix': prefix },
      Limit: limit,
    });
    for await (const output of queryPages(this.gateway, params)) {
      kept.push(...(output.Items ?? []).map(parse).filter(keep));
      if (kept.length >= limit) break;
    }
    return kept.slice(0, limit);
  }
}
