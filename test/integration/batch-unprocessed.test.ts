import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchGetCommand, BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { anOrganization } from '../support/organization-factory.js';
import { ServiceUnavailableError } from '../../functions/core/errors.js';
import type { CommandSender } from '../../functions/store/dynamo-gateway.js';

/**
 * BatchGetItem and BatchWriteItem may leave part of a request unprocessed
 * (throttling, size limits). The store re-sends exactly that part on the
 * gateway's retry policy. Here a wrapped client lets DynamoDB Local process
 * `perCall` requests of each batch and hands the rest back as unprocessed,
 * the way DynamoDB does.
 */
const POLICY = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 2 };

function processingAtMost(perCall: number, tableName: string) {
  return (client: CommandSender): CommandSender => ({
    async send(command: never) {
      const sent: object = command;
      const { input } = sent as { input: { RequestItems: Record<string, unknown> } };
      if (sent instanceof BatchGetCommand) {
        const keys = (input.RequestItems[tableName] as { Keys: Record<string, unknown>[] }).Keys;
        // DynamoDB refuses an empty key list; processing nothing means not sending.
        const answer =
          perCall === 0
            ? {}
            : ((await client.send(
                new BatchGetCommand({ RequestItems: { [tableName]: { Keys: keys.slice(0, perCall) } } }) as never,
              )) as Record<string, unknown>);
        const rest = keys.slice(perCall);
        return { ...answer, UnprocessedKeys: rest.length > 0 ? { [tableName]: { Keys: rest } } : {} };
      }
      if (sent instanceof BatchWriteCommand) {
        const requests = sent.input.RequestItems?.[tableName] ?? [];
        await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests.slice(0, perCall) } }) as never);
        const rest = requests.slice(perCall);
        return { UnprocessedItems: rest.length > 0 ? { [tableName]: rest } : {} };
      }
      return client.send(command);
    },
  });
}

describe('batch requests with unprocessed items', () => {
  let table: TestTable;
  const orgs = ['org-batch-1', 'org-batch-2', 'org-batch-3'].map((id) => anOrganization({ id }));

  beforeAll(async () => {
    table = await createTestTable('batch-unprocessed');
  });

  afterAll(async () => {
    await table.drop();
  });

  it('writes every item of a load whose batches DynamoDB processes three requests at a time', async () => {
    const store = table.storeWith({ wrapClient: processingAtMost(3, table.tableName), retryPolicy: { ...POLICY, maxAttempts: 20 } });
    await store.organizations.importMany(orgs);
    expect((await table.store.organizations.getMany(orgs.map((org) => org.id))).map((org) => org?.id)).toEqual(orgs.map((org) => org.id));
    expect(store.gateway.stats.retries).toBeGreaterThan(0);
  });

  it('reads every key of a BatchGetItem that comes back one key at a time', async () => {
    const store = table.storeWith({ wrapClient: processingAtMost(1, table.tableName), retryPolicy: POLICY });
    const read = await store.organizations.getMany(orgs.map((org) => org.id));
    expect(read).toEqual(orgs);
    expect(store.gateway.stats).toMatchObject({ requests: 3, retries: 2 });
  });

  it('reads a single key with one GetItem, which has no unprocessed part', async () => {
    const store = table.storeWith({ wrapClient: processingAtMost(0, table.tableName), retryPolicy: POLICY });
    expect(await store.organizations.getMany([orgs[0]!.id])).toEqual([orgs[0]]);
    expect(store.gateway.stats).toMatchObject({ requests: 1, retries: 0 });
  });

  it('ends in SERVICE_UNAVAILABLE when keys stay unprocessed for every round of the policy', async () => {
    const store = table.storeWith({ wrapClient: processingAtMost(0, table.tableName), retryPolicy: POLICY });
    // Two keys: a single key is read with GetItem, which DynamoDB never leaves unprocessed.
    await expect(store.organizations.getMany([orgs[0]!.id, orgs[1]!.id])).rejects.toBeInstanceOf(ServiceUnavailableError);
    expect(store.gateway.stats.retries).toBe(POLICY.maxAttempts - 1);
  });
});
