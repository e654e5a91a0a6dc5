/**
 * Reads the facts zone statistics are tallied from: every organization's and
 * every collaboration's small listing item in the "all" listing partitions
 * (gsi1), and every match item in MATCHES#ALL (gsi1 keys on the match item
 * itself), page by page with a projection — Queries on existing partitions,
 * never a Scan. Cost grows with the zone (about one read unit per 4 KB of
 * listing items, i.e. per ~15 organizations; a Query's read units count the
 * items' full size, so each match item costs its whole size even though only
 * its status and outcome come back); it is an administrator-only operation.
 */
import type { CollaborationFacts, MatchFacts, OrganizationFacts } from '../core/zone-statistics.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { collaborationFactsOf } from './items/collaboration-items.js';
import { ALL_MATCHES_PARTITION, collaborationListPartition, INDEXES, organizationListPartition } from './items/keys.js';
import { matchFactsOf } from './items/match-items.js';
import { organizationFactsOf } from './items/organization-items.js';
import { queryPages } from './paged-query.js';

export class StatisticsRepository {
  constructor(private readonly gateway: DynamoGateway) {}

  async organizationFacts(): Promise<OrganizationFacts[]> {
    return (await this.readPartition(organizationListPartition('ALL'), ['country', 'type', 'verification', 'chains'])).map(
      organizationFactsOf,
    );
  }

  async collaborationFacts(): Promise<CollaborationFacts[]> {
    return (await this.readPartition(collaborationListPartition('ALL'), ['status', 'expiresAt'])).map(collaborationFactsOf);
  }

  /** Status and outcome only: an outcome is absent until one is recorded. */
  async matchFacts(): Promise<MatchFacts[]> {
    return (await this.readPartition(ALL_MATCHES_PARTITION, ['status', 'outcome'])).map(matchFactsOf);
  }

  /** Every item of a gsi1 partition, projected to `attributes` plus what parsing checks (key and entity tag). */
  private async readPartition(partition: string, attributes: string[]): Promise<Record<string, unknown>[]> {
    const projected = ['pk', 'sk', 'entity', ...attributes];
    const names = Object.fromEntries(projected.map((attribute, i) => [`#a${i}`, attribute]));
    const params = () => ({
      TableName: this.gateway.tableName,
      IndexName: INDEXES.gsi1.indexName,
      KeyConditionExpression: `${INDEXES.gsi1.pk} = :partition`,
      ExpressionAttributeValues: { ':partition': partition },
      ProjectionExpression: Object.keys(names).join(', '),
      ExpressionAttributeNames: names,
    });
    const items: Record<string, unknown>[] = [];
    for await (const output of queryPages(this.gateway, params)) items.push(...(output.Items ?? []));
    return items;
  }
}
