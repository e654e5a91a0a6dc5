/**
 * Connected-test support: a fresh table on the DynamoDB Local the global setup
 * started. Refuses to run without that endpoint instead of silently mocking.
 * Tables have no stream unless a test reads it (the notification pipeline's):
 * DynamoDB Local looks the stream up on every write, in time that grows with
 * the stream records all tables hold (functions/store/table-admin.ts).
 */
import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import { createDynamoClient } from '../../functions/store/dynamo-client.js';
import { ensureTable, type TableOptions } from '../../functions/store/table-admin.js';
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

/** A fresh table; `{ stream: true }` for a test that reads its stream. */
export async function createTestTable(prefix: string, { stream = false }: TableOptions = {}): Promise<TestTable> {
  const endpoint = dynamoEndpoint();
  const tableName = `${prefix}-${randomUUID().slice(0, 8)}`;
  const admin = createDynamoClient({ region: TEST_REGION, endpoint });
  await ensureTable(admin, tableName, { stream });
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
