/**
 * System items: the demo/data-set marker the health check reads.
 */
import { GetCommand, PutCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { DynamoGateway } from './dynamo-gateway.js';
import { DATASET_MARKER_KEY } from './items/keys.js';
import { DATASET_MARKER_ITEM, datasetMarkerItem, type DatasetMarker } from './items/system-items.js';

export class SystemRepository {
  constructor(private readonly gateway: DynamoGateway) {}

  /** Reads the data-set marker (a strongly consistent GetItem, which also proves the table answers). */
  async datasetMarker(): Promise<DatasetMarker | null> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: DATASET_MARKER_KEY, ConsistentRead: true }),
    );
    return output.Item ? DATASET_MARKER_ITEM.parse(output.Item) : null;
  }

  async putDatasetMarker(marker: DatasetMarker): Promise<void> {
    await this.gateway.send(new PutCommand({ TableName: this.gateway.tableName, Item: datasetMarkerItem(marker) }));
  }
}
