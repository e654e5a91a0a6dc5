import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient, type GraphQLResult } from '../support/graphql-client.js';
import { aPostInput } from '../support/organization-factory.js';
import { ADMIN, aDriveMaker, anIgbtMaker, aPostingOf, EXPRESS, memberOf, PARTNER, RESPOND } from '../support/match-scenario.js';
import { storeMembershipsOf } from '../support/memberships.js';
import { personIn, personWithout } from '../support/principals.js';
import { withVerification } from '../../functions/core/organization-draft.js';
import type { Organization } from '../../functions/core/organization.js';

/**
 * Issue 14, finding 4 (stale trust), reproduced against DynamoDB Local and
 * now refused: a verified organization renamed "Hyundai Mobis (official)"
 * loses its badge and goes back to the review queue in the same write; a
 * suspended organization may only read its own data, and its profile and
 * collaborations vanish for everyone but its members and administrators.
 * (Suspensions landing between a use case's read and its write:
 * write-guards.test.ts.)
 */
const UPDATE_ORG =
  'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version verification previousVerified { name { en } country website } } }';
const QUEUE = '{ verificationQueue(first: 100) { edges { node { id previousVerified { name { en } } } } } }';
const VERIFIED_LIST = '{ organizations(filter: { verification: VERIFIED }, first: 100) { edges { node { id } } } }';
const POST = 'mutation($input: PostCollaborationInput!) { postCollaboration(input: $input) { id } }';
const UPDATE_COLLABORATION = 'mutation($input: UpdateCollaborationInput!) { updateCollaboration(input: $input) { id title { en } } }';
const CLOSE_COLLABORATION = 'mutation($input: CloseCollaborationInput!) { closeCollaboration(input: $input) { id status } }';
const COLLABORATION = 'query($id: ID!) { collaboration(id: $id) { id status } }';
const OWNED = 'query($owner: ID!) { collaborations(filter: { owner: $owner }, first: 50) { edges { node { id } } } }';
const ORGANIZATION = 'query($id: ID!) { organization(id: $id) { id verification } }';
const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id } }';
const CHANGE_ROLE = 'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }';
const LEAVE = 'mutation($org: ID!) { leaveOrganization(input: { organizationId: $org }) { subject } }';

describe('trust that follows identity', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let keys = 0;

  beforeAll(async () => {
    table = await createTestTable('stale-trust');
    client = await graphqlClient(table.store);
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  /** Suspends `org`, after storing its test member's membership (a suspended organization takes no new members). */
  const suspend = async (org: Organization): Promise<Organization> => {
    await storeMembershipsOf(table.store, memberOf(org.id));
    const current = (await table.store.organizations.get(org.id))!;
    return table.store.organizations.replace(current, withVerification(current, 'SUSPENDED', new Date()));
  };
  const verify = async (org: Organization): Promise<Organization> =>
    table.store.organizations.replace(org, withVerification(org, 'VERIFIED', new Date()));
  const refusal = (result: GraphQLResult<unknown>) => result.errors?.[0];

  it('returns a renamed verified organization ("Hyundai Mobis (official)") to review and drops its badge', async () => {
    const org = await verify(await anIgbtMaker(table.store, { name: { en: 'Hanbit Power Devices (Test)' } }));
    const result = await client.executeAs<{ updateOrganization: Record<string, unknown> }>(memberOf(org.id), UPDATE_ORG, {
      input: {
        id: org.id,
        version: org.version,
        name: { en: 'Hyundai Mobis (official)' },
        country: 'CN',
        website: 'https://mobis.example',
      },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateOrganization).toMatchObject({
      verification: 'UNVERIFIED',
      previousVerified: { name: { en: 'Hanbit Power Devices (Test)' }, country: 'KR', website: 'https://hanbit-power.example' },
    });
    const queue = await client.executeAs<{ verificationQueue: { edges: { node: { id: string } }[] } }>(ADMIN, QUEUE);
    expect(queue.data!.verificationQueue.edges.map((edge) => edge.node.id)).toContain(org.id);
    const verified = await client.executeAs<{ organizations: { edges: { node: { id: string } }[] } }>(PARTNER, VERIFIED_LIST);
    expect(verified.data!.organizations.edges.map((edge) => edge.node.id)).not.toContain(org.id);
  });

  it('keeps the badge when only fields outside the verified identity change', async () => {
    const org = await verify(await anIgbtMaker(table.store));
    const result = await client.executeAs<{ updateOrganization: { verification: string } }>(memberOf(org.id), UPDATE_ORG, {
      input: { id: org.id, version: org.version, keywords: ['IGBT', 'SiC', 'GaN'] },
    });
    expect(result.data!.updateOrganization.verification).toBe('VERIFIED');
  });

  it("refuses a suspended member's acceptance, so the match never turns MUTUAL", async () => {
    const [sender, receiver] = [await anIgbtMaker(table.store), await aDriveMaker(table.store)];
    const pending = await client.executeAs<{ expressInterest: { id: string } }>(memberOf(sender.id), EXPRESS, {
      input: { fromOrganizationId: sender.id, toOrganizationId: receiver.id, message: 'Hello' },
    });
    await suspend(receiver);
    const answer = await client.executeAs(memberOf(receiver.id), RESPOND, {
      input: { matchId: pending.data!.expressInterest.id, response: 'ACCEPT' },
    });
    expect(refusal(answer)?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ORGANIZATION_SUSPENDED', organizationId: receiver.id });
    expect(refusal(answer)?.message).toContain(`Organization ${receiver.id} is suspended`);
    expect((await table.store.matches.get(pending.data!.expressInterest.id))?.status).toBe('PENDING');
  });

  it("refuses to accept a suspended sender's interest: a MUTUAL match would show each side the other's contact", async () => {
    const [sender, receiver] = [await anIgbtMaker(table.store), await aDriveMaker(table.store)];
    const pending = await client.executeAs<{ expressInterest: { id: string } }>(memberOf(sender.id), EXPRESS, {
      input: { fromOrganizationId: sender.id, toOrganizationId: receiver.id, message: 'Hello' },
    });
    await suspend(sender);
    const answer = await client.executeAs(memberOf(receiver.id), RESPOND, {
      input: { matchId: pending.data!.expressInterest.id, response: 'ACCEPT' },
    });
    expect(refusal(answer)?.extensions).toMatchObject({ code: 'FORBIDDEN', organizationId: sender.id });
    expect((await table.store.matches.get(pending.data!.expressInterest.id))?.status).toBe('PENDING');
  });

  it('refuses the other match writes of a suspended party: withdraw, express interest', async () => {
    const [sender, receiver] = [await anIgbtMaker(table.store), await aDriveMaker(table.store)];
    const pending = await client.executeAs<{ expressInterest: { id: string } }>(memberOf(sender.id), EXPRESS, {
      input: { fromOrganizationId: sender.id, toOrganizationId: receiver.id, message: 'Hello' },
    });
    await suspend(sender);
    const withdraw = await client.executeAs(
      memberOf(sender.id),
      'mutation($id: ID!) { withdrawInterest(input: { matchId: $id }) { id } }',
      {
        id: pending.data!.expressInterest.id,
      },
    );
    expect(refusal(withdraw)?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ORGANIZATION_SUSPENDED' });
    const again = await client.executeAs(memberOf(sender.id), EXPRESS, {
      input: { fromOrganizationId: sender.id, toOrganizationId: (await aDriveMaker(table.store)).id, message: 'Hello again' },
    });
    expect(refusal(again)?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ORGANIZATION_SUSPENDED' });
  });

  it("refuses a suspended organization's profile and collaboration writes", async () => {
    const owner = await anIgbtMaker(table.store);
    const posting = await aPostingOf(table.store, owner);
    const suspended = await suspend(owner);
    const member = memberOf(owner.id);
    const writes = [
      await client.executeAs(member, UPDATE_ORG, { input: { id: owner.id, version: suspended.version, keywords: ['IGBT'] } }),
      await client.executeAs(member, UPDATE_COLLABORATION, {
        input: { id: posting.id, version: posting.version, title: { en: 'New title partners must not see' } },
      }),
      await client.executeAs(member, CLOSE_COLLABORATION, { input: { id: posting.id, version: posting.version } }),
      await client.executeAs(member, POST, { input: aPostInput(`stale-trust-${++keys}`, owner.id) }),
    ];
    for (const result of writes) expect(refusal(result)?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ORGANIZATION_SUSPENDED' });
    expect(await table.store.collaborations.get(posting.id)).toEqual(posting);
    expect((await table.store.organizations.get(owner.id))?.version).toBe(suspended.version);
  });

  it('refuses new members and role changes of a suspended organization, but lets a member leave', async () => {
    const org = await anIgbtMaker(table.store);
    const owner = personIn(`owner-of-${org.id}`, org.id, 'OWNER');
    const plainSubject = `plain-of-${org.id}`;
    const plain = personIn(plainSubject, org.id, 'MEMBER');
    await client.executeAs(owner, ORGANIZATION, { id: org.id });
    await client.executeAs(plain, ORGANIZATION, { id: org.id });
    await suspend(org);
    const invite = await client.executeAs(owner, INVITE, { input: { organizationId: org.id, email: 'later@example.org', role: 'MEMBER' } });
    expect(refusal(invite)?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ORGANIZATION_SUSPENDED' });
    const promote = await client.executeAs(owner, CHANGE_ROLE, { input: { organizationId: org.id, subject: plainSubject, role: 'OWNER' } });
    expect(refusal(promote)?.extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ORGANIZATION_SUSPENDED' });
    const left = await client.executeAs(plain, LEAVE, { org: org.id });
    expect(left.errors).toBeUndefined();
  });

  it("hides a suspended organization's profile and collaborations from all but its members and administrators", async () => {
    const owner = await anIgbtMaker(table.store);
    const posting = await aPostingOf(table.store, owner);
    const outsider = memberOf((await aDriveMaker(table.store)).id);
    const signedIn = personWithout('someone-signed-in');
    await suspend(owner);
    for (const reader of [PARTNER, outsider, signedIn]) {
      const one = await client.executeAs<{ collaboration: unknown }>(reader, COLLABORATION, { id: posting.id });
      expect(one.data!.collaboration).toBeNull();
      const listed = await client.executeAs<{ collaborations: { edges: unknown[] } }>(reader, OWNED, { owner: owner.id });
      expect(listed.data!.collaborations.edges).toEqual([]);
      const profile = await client.executeAs<{ organization: unknown }>(reader, ORGANIZATION, { id: owner.id });
      expect(profile.data!.organization).toBeNull();
    }
    for (const reader of [memberOf(owner.id), ADMIN]) {
      const one = await client.executeAs<{ collaboration: { id: string } | null }>(reader, COLLABORATION, { id: posting.id });
      expect(one.data!.collaboration?.id).toBe(posting.id);
      const listed = await client.executeAs<{ collaborations: { edges: { node: { id: string } }[] } }>(reader, OWNED, { owner: owner.id });
      expect(listed.data!.collaborations.edges.map((edge) => edge.node.id)).toEqual([posting.id]);
    }
  });

  it('names the rule in every refusal a suspended organization meets', async () => {
    const owner = await anIgbtMaker(table.store);
    await suspend(owner);
    const result = await client.executeAs(memberOf(owner.id), POST, { input: aPostInput(`stale-trust-${++keys}`, owner.id) });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(refusal(result)?.message).toMatch(
      /is suspended: it may only read its own data, so postCollaboration is refused; .*setVerification/,
    );
  });
});
