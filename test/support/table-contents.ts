/**
 * Test-only reads of a whole test table (a Scan: fine for a table a test
 * owns, never on a request path), to prove what a failed mutation did not write.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient, createDynamoClient } from '../../functions/store/dynamo-client.js';
import { TEST_REGION, type TestTable } from './test-table.js';

export async function allItems(table: TestTable): Promise<Record<string, unknown>[]> {
  const client = createDocumentClient(createDynamoClient({ region: TEST_REGION, endpoint: table.endpoint }));
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const output = await client.send(new ScanCommand({ TableName: table.tableName, ExclusiveStartKey: startKey }));
    items.push(...(output.Items ?? []));
    startKey = output.LastEvaluatedKey;
  } while (startKey);
  client.destroy();
  return items;
}
