/**
 * Reads the facts zone statistics are tallied from: every organization's and
 * every posting's small listing item in the "all" listing partitions (gsi1),
 * and every match item in MATCHES#ALL (gsi1 keys on the match item itself),
 * page by page with a projection — Queries on existing partitions, never a
 * Scan. Cost grows with the zone (about one read unit per 4 KB of listing
 * items, i.e. per ~15 organizations; a Query's read units count the items'
 * full size, so each match item costs its whole size even though only its
 * status and outcome come back); it is an administrator-only operation.
 */
import { QueryCommand, type QueryCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { MatchFacts, OrganizationFacts, PostingFacts } from '../core/zone-statistics.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { collaborationListPartition, organizationListPartition } from './item-keys.js';
import { ALL_MATCHES_PARTITION } from './match-items.js';
import { INDEX } from './table-definition.js';

export class StatisticsRepository {
  constructor(private readonly gateway: DynamoGateway) {}

  async organizationFacts(): Promise<OrganizationFacts[]> {
    const items = await this.readPartition(organizationListPartition('ALL'), ['country', 'type', 'verification']);
    return items.map((item) => ({ country: item.country, type: item.type, verification: item.verification }) as OrganizationFacts);
  }

  async postingFacts(): Promise<PostingFacts[]> {
    const items = await this.readPartition(collaborationListPartition('ALL'), ['status', 'expiresAt']);
    return items.map((item) => ({ status: item.status, expiresAt: item.expiresAt }) as PostingFacts);
  }

  /** Status and outcome only: an outcome is absent until one is recorded. */
  async matchFacts(): Promise<MatchFacts[]> {
    const items = await this.readPartition(ALL_MATCHES_PARTITION, ['status', 'outcome']);
    return items.map((item) => ({ status: item.status, ...(item.outcome ? { outcome: item.outcome } : {}) }) as MatchFacts);
  }

  private async readPartition(partition: string, attributes: string[]): Promise<Record<string, unknown>[]> {
    const names = Object.fromEntries(attributes.map((attribute, i) => [`#a${i}`, attribute]));
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const output: QueryCommandOutput = await this.gateway.send<QueryCommandOutput>(
        new QueryCommand({
          TableName: this.gateway.tableName,
          IndexName: INDEX.gsi1,
          KeyConditionExpression: 'gsi1pk = :partition',
          ExpressionAttributeValues: { ':partition': partition },
          ProjectionExpression: Object.keys(names).join(', '),
          ExpressionAttributeNames: names,
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        }),
      );
      items.push(...(output.Items ?? []));
      startKey = output.LastEvaluatedKey;
    } while (startKey);
    return items;
  }
}
