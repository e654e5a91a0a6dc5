/**
 * System items: the demo/data-set marker the health check reads.
 */
import { GetCommand, PutCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { DynamoGateway } from './dynamo-gateway.js';

export const SYSTEM_KEY = { pk: 'SYSTEM', sk: 'DATASET' } as const;

export interface DatasetMarker {
  dataset: string;
  version: string;
  loadedAt: string;
}

export class SystemRepository {
  constructor(private readonly gateway: DynamoGateway) {}

  /** Reads the data-set marker (a strongly consistent GetItem, which also proves the table answers). */
  async datasetMarker(): Promise<DatasetMarker | null> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: SYSTEM_KEY, ConsistentRead: true }),
    );
    const item = output.Item;
    if (!item) return null;
    return { dataset: String(item.dataset), version: String(item.version), loadedAt: String(item.loadedAt) };
  }

  async putDatasetMarker(marker: DatasetMarker): Promise<void> {
    await this.gateway.send(new PutCommand({ TableName: this.gateway.tableName, Item: { ...SYSTEM_KEY, ...marker } }));
  }
}
