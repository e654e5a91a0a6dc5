import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { allItems } from '../support/table-contents.js';
import { aDriveMaker, anIgbtMaker, express, memberOf, WITHDRAW } from '../support/match-scenario.js';
import { awsError, faultInjector, transactionCancelled, type FaultInjector } from '../support/fault-injection.js';
import type { Organization } from '../../functions/core/organization.js';

/**
 * Finding 4 of issue 19: DynamoDB answers a write that touches an item inside a
 * running transaction with TransactionConflictException, and a retried
 * transaction token whose first attempt still runs with
 * TransactionInProgressException. DynamoDB Local produces neither, so they are
 * injected under the real store: both are retried with the gateway's backoff,
 * and contention that outlasts the retries is a retryable CONFLICT, never an
 * internal error, with nothing written.
 */
const FAST_RETRIES = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5 };
const UPDATE = 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id city version } }';

describe('transaction contention under the GraphQL API', () => {
  let table: TestTable;
  let faults: FaultInjector;
  let client: GraphQLClient;
  let org: Organization;

  beforeAll(async () => {
    table = await createTestTable('transaction-contention');
    faults = faultInjector();
    // Memberships are stored through the fault-free store: only the request's own writes meet the faults.
    client = await graphqlClient(table.storeWith({ wrapClient: faults.wrap, retryPolicy: FAST_RETRIES }), undefined, table.store);
    org = await anIgbtMaker(table.store);
  });

  beforeEach(() => {
    faults.inject();
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  const current = async () => (await table.store.organizations.get(org.id))!;

  it.each([
    ['TransactionConflictException', () => awsError('TransactionConflictException')],
    ['TransactionInProgressException', () => awsError('TransactionInProgressException')],
  ])('retries a transaction refused with %s and applies the change once', async (name, error) => {
    const before = await current();
    faults.inject({ command: 'TransactWriteCommand', error, times: 2 });
    const result = await client.executeAs(memberOf(org.id), UPDATE, {
      input: { id: org.id, version: before.version, city: `After ${name}` },
    });
    expect(result.errors).toBeUndefined();
    expect(faults.sends.TransactWriteCommand).toBe(3);
    expect(await current()).toMatchObject({ version: before.version + 1, city: `After ${name}` });
  });

  it.each([
    ['TransactionConflictException', () => awsError('TransactionConflictException')],
    ['a cancellation for a conflicting transaction', () => transactionCancelled('TransactionConflict', 'None')],
  ])('answers a retryable CONFLICT and writes nothing when %s persists', async (_name, error) => {
    const before = await current();
    const itemsBefore = await allItems(table);
    faults.inject({ command: 'TransactWriteCommand', error, times: Infinity });
    const result = await client.executeAs(memberOf(org.id), UPDATE, { input: { id: org.id, version: before.version, city: 'Never' } });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'CONFLICT', retryable: true });
    expect(result.errors?.[0]?.message).toMatch(/retry/);
    expect(faults.sends.TransactWriteCommand).toBe(FAST_RETRIES.maxAttempts);
    expect(await allItems(table)).toEqual(itemsBefore);
  });

  it('retries a withdrawal that collided with a running transaction on the match', async () => {
    const driveMaker = await aDriveMaker(table.store);
    const sent = await express(client, driveMaker.id, org.id);
    faults.inject({ command: 'PutCommand', error: () => awsError('TransactionConflictException'), times: 1 });
    const withdrawn = await client.executeAs<{ withdrawInterest: { status: string } }>(memberOf(driveMaker.id), WITHDRAW, {
      input: { matchId: sent.id },
    });
    expect(withdrawn.errors).toBeUndefined();
    expect((await table.store.matches.get(sent.id))?.status).toBe('WITHDRAWN');
  });

  it('never lets contention surface as an internal error', async () => {
    const before = await current();
    faults.inject({ command: 'TransactWriteCommand', error: () => awsError('TransactionInProgressException'), times: Infinity });
    const result = await client.executeAs(memberOf(org.id), UPDATE, { input: { id: org.id, version: before.version, city: 'Never' } });
    expect(errorCode(result)).toBe('CONFLICT');
  });
});
