/**
 * The one definition of chainfit's single DynamoDB table: key schema, global
 * secondary indexes and TTL attribute. The CDK stack (infra/) and the local /
 * test table creation (./table-admin.ts) both read it, so local and cloud
 * tables cannot drift (the stream included: the notification worker reads it). Pure data: no AWS SDK import, so infra can use it.
 * docs/data-model.md documents what each key and index serves.
 */

export interface KeyAttribute {
  name: string;
  type: 'S' | 'N';
}

export interface IndexDefinition {
  indexName: string;
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
}

export interface TableDefinition {
  partitionKey: KeyAttribute;
  sortKey: KeyAttribute;
  globalSecondaryIndexes: IndexDefinition[];
  /** Epoch-seconds attribute DynamoDB deletes items by. */
  timeToLiveAttribute: string;
  /** What the table's stream carries: both images, so the worker can tell what changed. */
  streamViewType: 'NEW_AND_OLD_IMAGES';
}

export const TABLE_DEFINITION: TableDefinition = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  globalSecondaryIndexes: [
    {
      indexName: 'gsi1',
      partitionKey: { name: 'gsi1pk', type: 'S' },
      sortKey: { name: 'gsi1sk', type: 'S' },
    },
    {
      indexName: 'gsi2',
      partitionKey: { name: 'gsi2pk', type: 'S' },
      sortKey: { name: 'gsi2sk', type: 'S' },
    },
    {
      indexName: 'gsi3',
      partitionKey: { name: 'gsi3pk', type: 'S' },
      sortKey: { name: 'gsi3sk', type: 'S' },
    },
  ],
  timeToLiveAttribute: 'ttl',
  streamViewType: 'NEW_AND_OLD_IMAGES',
};

/** Names of the indexes, for queries (`IndexName: INDEX.gsi1`). */
export const INDEX = {
  gsi1: 'gsi1',
  gsi2: 'gsi2',
  gsi3: 'gsi3',
} as const;
