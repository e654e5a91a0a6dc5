/**
 * What matching reads: candidates through the candidate index (one Query per
 * sub-partition `CANDIDATES#OFFERS|SEEKS#<S>#<country>#<group>`, best quality
 * key first), open collaborations through `SEGMENT#<S>`, and match profiles of
 * known organizations in one BatchGetItem per 100 ids. Never one call per candidate.
 */
import { candidateQuality } from '../core/fit/candidate-quality.js';
import type { CollaborationSnapshot } from '../core/collaboration-snapshot.js';
import { matchProfileOf, type MatchProfile } from '../core/match-profile.js';
import { CANDIDATE_TYPE_GROUPS, type CandidateTypeGroup } from '../core/fit/search-plan.js';
import { COUNTRIES, type Country } from '../core/vocabulary.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { COLLABORATION_INDEX_ITEM, takesInterest } from './items/collaboration-index-items.js';
import { candidatePartition, segmentPartition, SEGMENT_SORT_PREFIX } from './items/keys.js';
import { MATCH_INDEX_ITEM, MATCH_INDEX_READ_ATTRIBUTES } from './items/organization-index-items.js';
import type { OrganizationRepository } from './organization-repository.js';
import { queryPages } from './paged-query.js';

export interface IndexReadOptions {
  /** Most items to return. */
  limit: number;
}

/** One candidate sub-partition: organizations of a country and type group offering (or seeking) a segment. */
export interface CandidatePartition {
  side: 'OFFERS' | 'SEEKS';
  segmentId: string;
  country: Country;
  group: CandidateTypeGroup;
}

export class MatchIndexRepository {
  constructor(
    private readonly gateway: DynamoGateway,
    private readonly organizations: OrganizationRepository,
  ) {}

  /** Up to `limit` candidates of one sub-partition, best quality key first (one Query); never suspended ones. */
  candidatesIn(partition: CandidatePartition, options: IndexReadOptions): Promise<MatchProfile[]> {
    const { side, segmentId, country, group } = partition;
    return this.queryPartition(
      candidatePartition(side, segmentId, country, group),
      undefined,
      options.limit,
      MATCH_INDEX_ITEM.parse,
      () => true,
      MATCH_INDEX_READ_ATTRIBUTES,
    );
  }

  /** Organizations offering a segment, any country and type, best quality key first (one Query per sub-partition). */
  matchProfilesOffering(segmentId: string, options: IndexReadOptions): Promise<MatchProfile[]> {
    return this.acrossSubPartitions('OFFERS', segmentId, options.limit);
  }

  /** Organizations seeking partners in a segment, any country and type, best quality key first. */
  matchProfilesSeeking(segmentId: string, options: IndexReadOptions): Promise<MatchProfile[]> {
    return this.acrossSubPartitions('SEEKS', segmentId, options.limit);
  }

  private async acrossSubPartitions(side: 'OFFERS' | 'SEEKS', segmentId: string, limit: number): Promise<MatchProfile[]> {
    const partitions = COUNTRIES.flatMap((country) => CANDIDATE_TYPE_GROUPS.map((group) => ({ side, segmentId, country, group })));
    const read = await Promise.all(partitions.map((partition) => this.candidatesIn(partition, { limit })));
    const quality = (profile: MatchProfile) => candidateQuality(profile);
    return read
      .flat()
      .sort((a, b) => quality(b) - quality(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, limit);
  }

  /**
   * Open collaborations in a segment that take expressions of interest.
   * Expired ones are skipped here even when TTL has not yet deleted their
   * index items, and so are closed-for-interest ones an older write left.
   */
  openCollaborationsIn(segmentId: string, options: IndexReadOptions & { now?: Date }): Promise<CollaborationSnapshot[]> {
    const now = options.now ?? new Date();
    const isOpen = (snapshot: CollaborationSnapshot) => takesInterest({ ...snapshot, status: 'OPEN' }, now);
    return this.queryPartition(
      segmentPartition(segmentId),
      SEGMENT_SORT_PREFIX.openCollaborations,
      options.limit,
      COLLABORATION_INDEX_ITEM.parse,
      isOpen,
    );
  }

  /** Match profiles of the given organizations (absent and suspended ones omitted), in the order asked. */
  async matchProfilesByIds(ids: readonly string[]): Promise<MatchProfile[]> {
    const orgs = await this.organizations.getMany(ids);
    return orgs.flatMap((org) => (org && org.verification !== 'SUSPENDED' ? [matchProfileOf(org)] : []));
  }

  /**
   * Up to `limit` parsed index items of a partition (of one kind when `prefix` is given) that pass `keep`;
   * only the `attributes` named, when named (less to send and unmarshal).
   */
  private async queryPartition<T>(
    partition: string,
    prefix: string | undefined,
    limit: number,
    parse: (item: Record<string, unknown>) => T,
    keep: (value: T) => boolean,
    attributes?: readonly string[],
  ): Promise<T[]> {
    const kept: T[] = [];
    const projection = attributes && {
      ProjectionExpression: attributes.map((_, i) => `#a${i}`).join(', '),
      ExpressionAttributeNames: Object.fromEntries(attributes.map((name, i) => [`#a${i}`, name])),
    };
    const params = () => ({
      TableName: this.gateway.tableName,
      KeyConditionExpression: prefix === undefined ? 'pk = :pk' : 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': partition, ...(prefix === undefined ? {} : { ':prefix': prefix }) },
      Limit: limit,
      ...projection,
    });
    for await (const output of queryPages(this.gateway, params)) {
      kept.push(...(output.Items ?? []).map(parse).filter(keep));
      if (kept.length >= limit) break;
    }
    return kept.slice(0, limit);
  }
}
