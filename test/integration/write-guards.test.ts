import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { allItems } from '../support/table-contents.js';
import { aPostInput } from '../support/organization-factory.js';
import { aDriveMaker, anIgbtMaker, aPostingOf, EXPRESS, memberOf } from '../support/match-scenario.js';
import { faultInjector, type FaultInjector } from '../support/fault-injection.js';
import { closedCollaboration } from '../../functions/core/collaboration-draft.js';
import { withVerification } from '../../functions/core/organization-draft.js';
import type { Organization } from '../../functions/core/organization.js';

/**
 * Finding 5 of issue 19: checks that were reads, not conditions. Each test
 * pauses the request's write (fault injection) while an administrator
 * suspends an organization or the owner closes the collaboration, then lets
 * the write go: the ConditionCheck in the same transaction refuses it, the
 * caller gets the answer the new state deserves, and nothing is written.
 */
const POST = 'mutation($input: PostCollaborationInput!) { postCollaboration(input: $input) { id } }';

describe('conditions checked inside the write', () => {
  let table: TestTable;
  let faults: FaultInjector;
  let client: GraphQLClient;
  let keys = 0;

  beforeAll(async () => {
    table = await createTestTable('write-guards');
    faults = faultInjector();
    client = await graphqlClient(table.storeWith({ wrapClient: faults.wrap }));
  });

  beforeEach(() => {
    faults.inject();
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  /** Suspends `org` (as an administrator would) through the unwrapped store. */
  const suspend = (org: Organization) => async () => {
    await table.store.organizations.replace(org, withVerification(org, 'SUSPENDED', new Date()));
  };
  const matchItemsOf = async (orgId: string) =>
    (await allItems(table)).filter((item) => item.entity === 'MATCH' && JSON.stringify(item).includes(orgId));

  it('refuses a collaboration whose owner was suspended between the read and the write', async () => {
    const owner = await anIgbtMaker(table.store);
    faults.inject({ command: 'TransactWriteCommand', times: 1, pause: suspend(owner) });
    const result = await client.executeAs(memberOf(owner.id), POST, { input: aPostInput(`guard-post-${++keys}`, owner.id) });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect((await allItems(table)).filter((item) => item.ownerOrganizationId === owner.id)).toEqual([]);
  });

  it('refuses an interest in a collaboration closed between the read and the write', async () => {
    const [owner, sender] = [await anIgbtMaker(table.store), await aDriveMaker(table.store)];
    const posting = await aPostingOf(table.store, owner);
    const close = async () => {
      await table.store.collaborations.replace(posting, closedCollaboration(posting, new Date()), new Date());
    };
    faults.inject({ command: 'TransactWriteCommand', times: 1, pause: close });
    const result = await client.executeAs(memberOf(sender.id), EXPRESS, {
      input: { fromOrganizationId: sender.id, toOrganizationId: owner.id, collaborationId: posting.id, message: 'About your SiC modules' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.collaborationId' });
    expect(await matchItemsOf(sender.id)).toEqual([]);
  });

  it('refuses an interest in a collaboration closed for interest between the read and the write', async () => {
    const [owner, sender] = [await anIgbtMaker(table.store), await aDriveMaker(table.store)];
    const posting = await aPostingOf(table.store, owner);
    const stopInterest = async () => {
      await table.store.collaborations.replace(posting, { ...posting, openForInterest: false, version: posting.version + 1 }, new Date());
    };
    faults.inject({ command: 'TransactWriteCommand', times: 1, pause: stopInterest });
    const result = await client.executeAs(memberOf(sender.id), EXPRESS, {
      input: { fromOrganizationId: sender.id, toOrganizationId: owner.id, collaborationId: posting.id, message: 'About your SiC modules' },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(await matchItemsOf(sender.id)).toEqual([]);
  });

  it('refuses an interest in an organization suspended between the read and the write', async () => {
    const [receiver, sender] = [await anIgbtMaker(table.store), await aDriveMaker(table.store)];
    faults.inject({ command: 'TransactWriteCommand', times: 1, pause: suspend(receiver) });
    const result = await client.executeAs(memberOf(sender.id), EXPRESS, {
      input: { fromOrganizationId: sender.id, toOrganizationId: receiver.id, message: 'Hello' },
    });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect(await matchItemsOf(sender.id)).toEqual([]);
  });

  it('refuses to turn a match MUTUAL when the answering organization was suspended between the read and the write', async () => {
    const [first, second] = [await anIgbtMaker(table.store), await aDriveMaker(table.store)];
    const pending = await client.executeAs<{ expressInterest: { id: string } }>(memberOf(first.id), EXPRESS, {
      input: { fromOrganizationId: first.id, toOrganizationId: second.id, message: 'Hello' },
    });
    faults.inject({ command: 'TransactWriteCommand', times: 1, pause: suspend(second) });
    const answer = await client.executeAs(memberOf(second.id), EXPRESS, {
      input: { fromOrganizationId: second.id, toOrganizationId: first.id, message: 'Likewise' },
    });
    expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    expect((await table.store.matches.get(pending.data!.expressInterest.id))?.status).toBe('PENDING');
  });
});
