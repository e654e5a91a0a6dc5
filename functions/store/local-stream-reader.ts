/**
 * Reads the table's stream on DynamoDB Local (npm start, tests, benchmarks),
 * where no Lambda event source mapping exists: DescribeStream, one shard
 * iterator per shard, GetRecords. Records come back shaped like the records
 * of Lambda's DynamoDBStreamEvent, so the worker's one handler serves both.
 */
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record as StreamsRecord,
  type ShardIteratorType,
} from '@aws-sdk/client-dynamodb-streams';
import { createDynamoClient, DISPOSABLE_LOCAL_CREDENTIALS, type DynamoConnection } from './dynamo-client.js';

/** A stream record as Lambda delivers it (the subset the worker and its tests use). */
export interface StreamEventRecord {
  eventID: string;
  eventName: 'INSERT' | 'MODIFY' | 'REMOVE';
  eventSource: 'aws:dynamodb';
  eventSourceARN: string;
  dynamodb: {
    ApproximateCreationDateTime: number;
    Keys: Record<string, unknown>;
    NewImage?: Record<string, unknown>;
    OldImage?: Record<string, unknown>;
    SequenceNumber: string;
    StreamViewType: 'NEW_AND_OLD_IMAGES';
  };
}

/** Where a reader starts in shards that exist when it opens: everything kept, or only what comes next. */
export type StreamStart = 'TRIM_HORIZON' | 'LATEST';

/** The Lambda-shaped record of a GetRecords record. */
function lambdaShaped(record: StreamsRecord, streamArn: string): StreamEventRecord {
  const data = record.dynamodb ?? {};
  return {
    eventID: record.eventID ?? '',
    eventName: record.eventName ?? 'MODIFY',
    eventSource: 'aws:dynamodb',
    eventSourceARN: streamArn,
    dynamodb: {
      // Lambda gives epoch seconds; the Streams API a Date.
      ApproximateCreationDateTime: Math.floor((data.ApproximateCreationDateTime?.getTime() ?? Date.now()) / 1000),
      Keys: data.Keys ?? {},
      ...(data.NewImage ? { NewImage: data.NewImage } : {}),
      ...(data.OldImage ? { OldImage: data.OldImage } : {}),
      SequenceNumber: data.SequenceNumber ?? '',
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    },
  };
}

export class LocalStreamReader {
  /** Open shards' next iterators; null once a shard is closed and read to its end. */
  private readonly iterators = new Map<string, string | null>();

  private constructor(
    private readonly client: DynamoDBStreamsClient,
    readonly streamArn: string,
    private readonly initialShards: Set<string>,
    private readonly start: StreamStart,
  ) {}

  /** A reader of the table's current stream. */
  static async open(connection: DynamoConnection, tableName: string, start: StreamStart): Promise<LocalStreamReader> {
    const dynamo = createDynamoClient(connection);
    const { Table } = await dynamo.send(new DescribeTableCommand({ TableName: tableName }));
    dynamo.destroy();
    const streamArn = Table?.LatestStreamArn;
    if (!streamArn) throw new Error(`Table ${tableName} has no stream: create it with ensureTable`);
    const client = new DynamoDBStreamsClient({
      region: connection.region,
      // The same DynamoDB Local database as the store's client (one per access key without -sharedDb).
      ...(connection.endpoint
        ? { endpoint: connection.endpoint, credentials: connection.credentials ?? DISPOSABLE_LOCAL_CREDENTIALS }
        : {}),
    });
    const reader = new LocalStreamReader(client, streamArn, new Set(), start);
    // Iterators of the shards that exist now are taken now: LATEST means "after this moment", not "after the first read".
    for (const shardId of await reader.shardIds()) {
      reader.initialShards.add(shardId);
      reader.iterators.set(shardId, await reader.firstIterator(shardId));
    }
    return reader;
  }

  /** Every record available now, shard by shard (parents are listed before their children). */
  async read(): Promise<StreamEventRecord[]> {
    const records: StreamEventRecord[] = [];
    for (const shardId of await this.shardIds()) {
      let iterator = this.iterators.has(shardId) ? this.iterators.get(shardId) : await this.firstIterator(shardId);
      if (!iterator) continue;
      const output = await this.client.send(new GetRecordsCommand({ ShardIterator: iterator }));
      records.push(...(output.Records ?? []).map((record) => lambdaShaped(record, this.streamArn)));
      iterator = output.NextShardIterator ?? null;
      this.iterators.set(shardId, iterator);
    }
    return records;
  }

  /** Reads until a read returns nothing: everything written before the call has been read. */
  async drain(): Promise<StreamEventRecord[]> {
    const all: StreamEventRecord[] = [];
    for (let batch = await this.read(); batch.length > 0; batch = await this.read()) all.push(...batch);
    return all;
  }

  close(): void {
    this.client.destroy();
  }

  private async shardIds(): Promise<string[]> {
    const ids: string[] = [];
    let from: string | undefined;
    do {
      const { StreamDescription } = await this.client.send(
        new DescribeStreamCommand({ StreamArn: this.streamArn, ExclusiveStartShardId: from }),
      );
      ids.push(...(StreamDescription?.Shards ?? []).flatMap((shard) => (shard.ShardId ? [shard.ShardId] : [])));
      from = StreamDescription?.LastEvaluatedShardId;
    } while (from);
    return ids;
  }

  /** LATEST only for shards that existed at open; shards created since are read from their start. */
  private async firstIterator(shardId: string): Promise<string | null> {
    const type: ShardIteratorType = this.start === 'LATEST' && this.initialShards.has(shardId) ? 'LATEST' : 'TRIM_HORIZON';
    const output = await this.client.send(
      new GetShardIteratorCommand({ StreamArn: this.streamArn, ShardId: shardId, ShardIteratorType: type }),
    );
    return output.ShardIterator ?? null;
  }
}
