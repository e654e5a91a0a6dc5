/**
 * Connected-test support: a fresh table on the DynamoDB Local the global setup
 * started. Refuses to run without that endpoint instead of silently mocking.
 */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '../../functions/store/dynamo-client.js';
import { ensureTable } from '../../functions/store/table-admin.js';
import { createStore, type Store, type StoreOptions } from '../../functions/store/store.js';

export const TEST_REGION = 'local';

export function dynamoEndpoint(): string {
  const endpoint = inject('dynamoEndpoint');
  if (!endpoint) throw new Error('Integration tests need DynamoDB Local: run them through `npm test` (vitest project "integration")');
  return endpoint;
}

export interface TestTable {
  tableName: string;
  endpoint: string;
  store: Store;
  /** Another store on the same table, e.g. with a wrapped client for fault injection. */
  storeWith(options: Partial<StoreOptions>): Store;
  drop(): Promise<void>;
}

export async function createTestTable(prefix: string): Promise<TestTable> {
  const endpoint = dynamoEndpoint();
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  const admin = createDynamoClient({ region: TEST_REGION, endpoint });
  await ensureTable(admin, tableName);
  const storeWith = (options: Partial<StoreOptions>): Store =>
    createStore({ tableName, connection: { region: TEST_REGION, endpoint }, ...options });
  return {
    tableName,
    endpoint,
    store: storeWith({}),
    storeWith,
    drop: async () => {
      await admin.send(new DeleteTableCommand({ TableName: tableName }));
      admin.destroy();
    },
  };
}
