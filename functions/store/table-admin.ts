/**
 * Creates the table from the shared definition (local development, tests and
 * benchmarks; in AWS the CDK stack creates it). Idempotent; a table kept from
 * before the stream existed gets its stream turned on. A benchmark table that
 * no worker reads can go without the stream: DynamoDB Local looks its stream
 * up on every write, in time that grows with the stream records it holds
 * (measured: seeding slowed from about 50 organizations a second to under 3
 * after some 70,000 writes).
 */
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { TABLE_DEFINITION, type TableDefinition } from './table-definition.js';

export interface TableOptions {
  /** Whether the table has its stream (default true: the notification worker reads it). */
  stream?: boolean;
}

/** Pure builder of the CreateTable request for the shared definition. */
export function createTableParams(
  tableName: string,
  def: TableDefinition = TABLE_DEFINITION,
  { stream = true }: TableOptions = {},
): CreateTableCommandInput {
  const attributes = new Map<string, 'S' | 'N'>();
  for (const key of [def.partitionKey, def.sortKey, ...def.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey])]) {
    attributes.set(key.name, key.type);
  }
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    ...(stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: def.streamViewType } } : {}),
    AttributeDefinitions: [...attributes].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType })),
    KeySchema: [
      { AttributeName: def.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: def.sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: def.globalSecondaryIndexes.map((index) => ({
      IndexName: index.indexName,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    })),
  };
}

/** Creates the table if it does not exist; returns whether it was created. */
export async function ensureTable(client: DynamoDBClient, tableName: string, options: TableOptions = {}): Promise<boolean> {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (options.stream !== false && !Table?.StreamSpecification?.StreamEnabled) {
      const StreamSpecification = { StreamEnabled: true, StreamViewType: TABLE_DEFINITION.streamViewType };
      await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification }));
    }
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(new CreateTableCommand(createTableParams(tableName, TABLE_DEFINITION, options)));
  await waitUntilTableExists({ client, maxWaitTime: 30, minDelay: 0.2, maxDelay: 1 }, { TableName: tableName });
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName: tableName,
      TimeToLiveSpecification: { AttributeName: TABLE_DEFINITION.timeToLiveAttribute, Enabled: true },
    }),
  );
  return true;
}
