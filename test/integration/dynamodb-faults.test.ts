import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { storeMembershipsOf } from '../support/memberships.js';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient, type GraphQLResult } from '../support/graphql-client.js';
import { allItems } from '../support/table-contents.js';
import { anIgbtMaker, aDriveMaker, memberOf, ADMIN } from '../support/match-scenario.js';
import { aRegisterInput } from '../support/organization-factory.js';
import { awsError, faultInjector, transactionCancelled, type FaultInjector } from '../support/fault-injection.js';
import type { Store } from '../../functions/store/store.js';
import type { Organization } from '../../functions/core/organization.js';

/**
 * DynamoDB faults, injected under the real store: transient ones are retried
 * until the call succeeds, persistent ones end in a retryable
 * SERVICE_UNAVAILABLE, a failed condition is never retried and means CONFLICT,
 * and no fault leaves half a write behind.
 */
const FAST_RETRIES = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5 };
const READ = 'query($id: ID!) { organization(id: $id) { id city version } }';
const UPDATE = 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id city version } }';
const REGISTER = 'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id } }';
const EXPRESS = 'mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id status } }';
const WITHDRAW = 'mutation($input: WithdrawInterestInput!) { withdrawInterest(input: $input) { id status } }';

describe('DynamoDB faults under the GraphQL API', () => {
  let table: TestTable;
  let faults: FaultInjector;
  let store: Store;
  let client: GraphQLClient;
  let org: Organization;
  let keys = 0;

  beforeAll(async () => {
    table = await createTestTable('dynamodb-faults');
    faults = faultInjector();
    store = table.storeWith({ wrapClient: faults.wrap, retryPolicy: FAST_RETRIES });
    // Test principals' memberships are stored fault-free; the faults hit the calls under test.
    client = await graphqlClient(store, undefined, table.store);
    org = await anIgbtMaker(table.store);
  });

  beforeEach(() => {
    faults.inject();
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  /** Runs `call` and proves the table holds exactly what it held before (the callers' memberships stored first). */
  async function expectNothingWritten(call: () => Promise<GraphQLResult<unknown>>): Promise<GraphQLResult<unknown>> {
    await storeMembershipsOf(table.store, memberOf(org.id));
    const before = await allItems(table);
    const result = await call();
    expect(await allItems(table)).toEqual(before);
    return result;
  }

  const current = async () => (await table.store.organizations.get(org.id))!;

  describe('reads', () => {
    it.each([
      ['throttling', () => awsError('ThrottlingException')],
      ['exceeded provisioned throughput', () => awsError('ProvisionedThroughputExceededException')],
      ['a timeout', () => awsError('TimeoutError')],
    ])('retry through transient %s and answer', async (_name, error) => {
      faults.inject({ command: 'GetCommand', error, times: 2 }, { command: 'BatchGetCommand', error, times: 2 });
      const result = await client.executeAs<{ organization: { id: string } }>(memberOf(org.id), READ, { id: org.id });
      expect(result.errors).toBeUndefined();
      expect(result.data?.organization.id).toBe(org.id);
      expect(faults.injected).toBe(2);
    });

    it('end in a retryable SERVICE_UNAVAILABLE when the fault persists', async () => {
      faults.inject(
        { command: 'GetCommand', error: () => awsError('TimeoutError'), times: Infinity },
        { command: 'BatchGetCommand', error: () => awsError('TimeoutError'), times: Infinity },
      );
      const result = await client.executeAs(memberOf(org.id), READ, { id: org.id });
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect(result.errors?.[0]?.message).not.toContain('injected');
      expect(faults.injected).toBe(FAST_RETRIES.maxAttempts);
    });
  });

  describe('writes', () => {
    it.each([
      ['throttling', () => awsError('ThrottlingException')],
      ['exceeded provisioned throughput', () => awsError('ProvisionedThroughputExceededException')],
      ['a transaction cancelled by throttling', () => transactionCancelled('ThrottlingError', 'None', 'None')],
      ['a transaction conflict with another request', () => transactionCancelled('TransactionConflict', 'None')],
    ])('retry through transient %s and apply the change once', async (name, error) => {
      const before = await current();
      faults.inject({ command: 'TransactWriteCommand', error, times: 2 });
      const result = await client.executeAs<{ updateOrganization: { version: number; city: string } }>(memberOf(org.id), UPDATE, {
        input: { id: org.id, version: before.version, city: `After ${name}` },
      });
      expect(result.errors).toBeUndefined();
      expect(faults.injected).toBe(2);
      expect(await current()).toMatchObject({ version: before.version + 1, city: `After ${name}` });
    });

    it.each([
      ['throttling', () => awsError('ThrottlingException')],
      ['a timeout', () => awsError('TimeoutError')],
      ['a transaction cancelled by throttling', () => transactionCancelled('None', 'ThrottlingError')],
    ])('end in SERVICE_UNAVAILABLE and write nothing when %s persists', async (_name, error) => {
      const before = await current();
      faults.inject({ command: 'TransactWriteCommand', error, times: Infinity });
      const result = await expectNothingWritten(() =>
        client.executeAs(memberOf(org.id), UPDATE, { input: { id: org.id, version: before.version, city: 'Never' } }),
      );
      expect(result.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });
      expect(faults.sends.TransactWriteCommand).toBe(FAST_RETRIES.maxAttempts);
    });

    it('do not retry a transaction cancelled by a failed condition: CONFLICT at once, nothing written', async () => {
      const before = await current();
      faults.inject({
        command: 'TransactWriteCommand',
        error: () => transactionCancelled('ConditionalCheckFailed', 'None', 'None'),
        times: 1,
      });
      const result = await expectNothingWritten(() =>
        client.executeAs(memberOf(org.id), UPDATE, { input: { id: org.id, version: before.version, city: 'Never' } }),
      );
      expect(errorCode(result)).toBe('CONFLICT');
      expect(faults.sends.TransactWriteCommand).toBe(1);
    });

    it('register nothing when the registration transaction keeps failing', async () => {
      faults.inject({ command: 'TransactWriteCommand', error: () => awsError('ProvisionedThroughputExceededException'), times: Infinity });
      const result = await expectNothingWritten(() =>
        client.executeAs(ADMIN, REGISTER, { input: aRegisterInput(`faults-register-${++keys}`) }),
      );
      expect(errorCode(result)).toBe('SERVICE_UNAVAILABLE');
    });

    it('apply a change exactly once when DynamoDB applied it but the response was lost', async () => {
      const before = await current();
      faults.inject({ command: 'TransactWriteCommand', error: () => awsError('TimeoutError'), times: 1, afterApplying: true });
      const result = await client.executeAs(memberOf(org.id), UPDATE, {
        input: { id: org.id, version: before.version, city: 'Applied once' },
      });
      expect(result.errors).toBeUndefined();
      expect(await current()).toMatchObject({ version: before.version + 1, city: 'Applied once' });
    });
  });

  describe('match writes', () => {
    it('withdraw exactly once when DynamoDB applied the withdrawal but the response was lost', async () => {
      const driveMaker = await aDriveMaker(table.store);
      const sent = await client.executeAs<{ expressInterest: { id: string } }>(memberOf(driveMaker.id), EXPRESS, {
        input: { fromOrganizationId: driveMaker.id, toOrganizationId: org.id, message: 'About your SiC line' },
      });
      faults.inject({ command: 'PutCommand', error: () => awsError('TimeoutError'), times: 1, afterApplying: true });
      const withdrawn = await client.executeAs<{ withdrawInterest: { status: string } }>(memberOf(driveMaker.id), WITHDRAW, {
        input: { matchId: sent.data!.expressInterest.id },
      });
      expect(withdrawn.errors).toBeUndefined();
      expect(withdrawn.data?.withdrawInterest.status).toBe('WITHDRAWN');
      expect((await table.store.matches.get(sent.data!.expressInterest.id))?.status).toBe('WITHDRAWN');
    });

    it('create one match through transient faults, and none when they persist', async () => {
      const driveMaker = await aDriveMaker(table.store);
      const input = { fromOrganizationId: driveMaker.id, toOrganizationId: org.id, message: 'Interested in your IGBT modules' };
      await storeMembershipsOf(table.store, memberOf(driveMaker.id));
      faults.inject(
        { command: 'TransactWriteCommand', error: () => awsError('ThrottlingException'), times: Infinity },
        { command: 'PutCommand', error: () => awsError('ThrottlingException'), times: Infinity },
      );
      const failed = await expectNothingWritten(() => client.executeAs(memberOf(driveMaker.id), EXPRESS, { input }));
      expect(errorCode(failed)).toBe('SERVICE_UNAVAILABLE');

      faults.inject(
        { command: 'TransactWriteCommand', error: () => awsError('ThrottlingException'), times: 2 },
        { command: 'PutCommand', error: () => awsError('ThrottlingException'), times: 2 },
      );
      const created = await client.executeAs<{ expressInterest: { id: string; status: string } }>(memberOf(driveMaker.id), EXPRESS, {
        input,
      });
      expect(created.errors).toBeUndefined();
      expect(created.data?.expressInterest.status).toBe('PENDING');
      expect(faults.injected).toBeGreaterThanOrEqual(2);
      const matchItems = (await allItems(table)).filter((item) => JSON.stringify(item).includes(created.data!.expressInterest.id));
      expect(matchItems.length).toBeGreaterThan(0);
    });
  });
});
