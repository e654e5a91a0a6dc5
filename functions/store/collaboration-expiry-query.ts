/**
 * The scheduled expiry check's read: stored-OPEN collaborations whose expiry
 * falls in a window, from the listing items of gsi1 `COLLABORATIONS#ALL`
 * (projected to what the check needs). A daily job, so it reads the whole
 * listing partition (about 3,000 small listing items per 1 MB page) like the
 * zone statistics do; if the directory grows past tens of thousands of
 * collaborations, add an expiry-date facet instead.
 */
import type { QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import type { CollaborationListing } from './items/collaboration-items.js';
import { COLLABORATION_LISTING_ITEM } from './items/collaboration-items.js';
import { collaborationListPartition, INDEXES } from './items/keys.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { queryPages } from './paged-query.js';

/** What the expiry check needs of a collaboration. */
export type ExpiringCollaboration = Pick<CollaborationListing, 'collaborationId' | 'ownerOrganizationId' | 'expiresAt'>;

/** Stored-OPEN collaborations with `from < expiresAt <= to` (ISO timestamps compare as strings). */
export async function openCollaborationsExpiringIn(gateway: DynamoGateway, from: Date, to: Date): Promise<ExpiringCollaboration[]> {
  const gsi1 = INDEXES.gsi1;
  const params = (): QueryCommandInput => ({
    TableName: gateway.tableName,
    IndexName: gsi1.indexName,
    KeyConditionExpression: '#pk = :all',
    FilterExpression: '#entity = :listing AND #status = :open AND #expiresAt > :from AND #expiresAt <= :to',
    ProjectionExpression: 'collaborationId, ownerOrganizationId, #expiresAt',
    ExpressionAttributeNames: { '#pk': gsi1.pk, '#entity': 'entity', '#status': 'status', '#expiresAt': 'expiresAt' },
    ExpressionAttributeValues: {
      ':all': collaborationListPartition('ALL'),
      ':listing': COLLABORATION_LISTING_ITEM.entity,
      ':open': 'OPEN',
      ':from': from.toISOString(),
      ':to': to.toISOString(),
    },
  });
  const found: ExpiringCollaboration[] = [];
  for await (const output of queryPages(gateway, params)) {
    for (const item of output.Items ?? []) {
      found.push({
        collaborationId: String(item.collaborationId),
        ownerOrganizationId: String(item.ownerOrganizationId),
        expiresAt: String(item.expiresAt),
      });
    }
  }
  return found;
}
