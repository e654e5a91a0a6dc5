/**
 * The store: every repository over one table, sharing one gateway. The GraphQL
 * layer receives a Store and never sees the DynamoDB client.
 */
import { createDocumentClient, createDynamoClient, type DynamoConnection } from './dynamo-client.js';
import { DynamoGateway, type CommandSender, type RetryPolicy } from './dynamo-gateway.js';
import { SystemRepository } from './system-repository.js';

export interface Store {
  gateway: DynamoGateway;
  system: SystemRepository;
}

export interface StoreOptions {
  tableName: string;
  connection: DynamoConnection;
  /** Wraps the raw client (fault-injection tests use it). */
  wrapClient?: (client: CommandSender) => CommandSender;
  retryPolicy?: RetryPolicy;
}

export function createStoreOnGateway(gateway: DynamoGateway): Store {
  return {
    gateway,
    system: new SystemRepository(gateway),
  };
}

export function createStore(options: StoreOptions): Store {
  const documentClient: CommandSender = createDocumentClient(createDynamoClient(options.connection));
  const client = options.wrapClient ? options.wrapClient(documentClient) : documentClient;
  return createStoreOnGateway(new DynamoGateway(client, options.tableName, options.retryPolicy));
}
