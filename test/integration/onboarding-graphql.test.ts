import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient, type GraphQLResult } from '../support/graphql-client.js';
import { aPostInput, aRegisterInput } from '../support/organization-factory.js';
import { personWithout } from '../support/principals.js';
import type { Principal } from '../../functions/core/access/principal.js';

/**
 * Self-service onboarding through GraphQL against DynamoDB Local. Every
 * person here is a principal as a token gives it (no memberships): what they
 * may do comes only from the membership items the operations write.
 */
const ADMIN: Principal = { role: 'ADMIN', subject: 'zone-officer' };

const REGISTER = `mutation($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { id version verification contact { email } registeredBy { subject email } queuedAt }
}`;
const POST = 'mutation($input: PostCollaborationInput!) { postCollaboration(input: $input) { id } }';
const UPDATE =
  'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version verification previousVerified { name { en } } } }';
const VERIFY = 'mutation($input: SetVerificationInput!) { setVerification(input: $input) { id version verification verificationNote } }';
const ME = '{ me { subject email memberships { role organization { id } } invitations { id role expiresAt organization { id } } } }';
const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id email role expiresAt } }';
const ACCEPT = 'mutation($id: ID!) { acceptInvitation(input: { id: $id }) { subject role } }';
const DECLINE = 'mutation($id: ID!) { declineInvitation(input: { id: $id }) { id } }';
const ASK = 'mutation($org: ID!, $message: String!) { requestToJoin(input: { organizationId: $org, message: $message }) { subject } }';
const REQUESTS = 'query($org: ID!) { joinRequests(organizationId: $org) { subject email message } }';
const APPROVE = 'mutation($input: ApproveJoinRequestInput!) { approveJoinRequest(input: $input) { subject role } }';
const MEMBERS = 'query($org: ID!) { members(organizationId: $org) { subject role } }';
const REMOVE = 'mutation($input: MemberInput!) { removeMember(input: $input) { subject } }';
const LEAVE = 'mutation($org: ID!) { leaveOrganization(input: { organizationId: $org }) { subject } }';
const CHANGE_ROLE = 'mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }';
const QUEUE =
  '{ verificationQueue(first: 100) { edges { node { id queuedAt registeredBy { email } previousVerified { name { en } } } } } }';

interface Registered {
  registerOrganization: {
    id: string;
    version: number;
    verification: string;
    contact: { email: string } | null;
    registeredBy: { subject: string; email: string | null } | null;
    queuedAt: string | null;
  };
}
interface MeResult {
  me: {
    subject: string;
    email: string | null;
    memberships: { role: string; organization: { id: string } | null }[];
    invitations: { id: string; role: string; expiresAt: string; organization: { id: string } }[];
  };
}

describe('self-service onboarding', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let keys = 0;
  const key = () => `onboarding-${++keys}-${Date.now()}`;

  const ok = <T>(result: GraphQLResult<T>): T => {
    expect(result.errors).toBeUndefined();
    return result.data as T;
  };
  async function register(as: Principal, overrides: Record<string, unknown> = {}) {
    return ok(await client.executeAs<Registered>(as, REGISTER, { input: aRegisterInput(key(), overrides) })).registerOrganization;
  }
  const post = (as: Principal, organizationId: string) => client.executeAs(as, POST, { input: aPostInput(key(), organizationId) });
  const me = async (as: Principal) => ok(await client.executeAs<MeResult>(as, ME)).me;

  beforeAll(async () => {
    table = await createTestTable('onboarding');
    client = await graphqlClient(table.store);
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('makes the registrant the first OWNER, who acts for it in the very next request with the same token', async () => {
    const minji = personWithout('minji', 'minji@arum.example');
    const org = await register(minji);
    expect(org).toMatchObject({
      verification: 'UNVERIFIED',
      contact: { email: 'minjun.kim@hanbit-power.example' },
      registeredBy: { subject: 'minji', email: 'minji@arum.example' },
    });
    expect(org.queuedAt).not.toBeNull();
    expect((await post(minji, org.id)).errors).toBeUndefined();
    expect((await me(minji)).memberships).toEqual([{ role: 'OWNER', organization: { id: org.id } }]);
  });

  it('lets an invited person accept with their verified email, then act for the organization', async () => {
    const owner = personWithout('owner-1', 'owner-1@example.org');
    const org = await register(owner);
    const invitation = ok(
      await client.executeAs<{ inviteMember: { id: string } }>(owner, INVITE, {
        input: { organizationId: org.id, email: 'Bob@Example.org', role: 'MEMBER' },
      }),
    ).inviteMember;
    const bob = personWithout('bob', 'bob@example.org');
    expect((await me(bob)).invitations).toMatchObject([{ id: invitation.id, role: 'MEMBER', organization: { id: org.id } }]);
    expect((await post(bob, org.id)).errors?.[0]?.message).toMatch(`You are not a member of ${org.id}; ask its owner for an invitation`);
    expect(ok(await client.executeAs(bob, ACCEPT, { id: invitation.id }))).toEqual({
      acceptInvitation: { subject: 'bob', role: 'MEMBER' },
    });
    expect((await post(bob, org.id)).errors).toBeUndefined();
    expect((await me(bob)).invitations).toEqual([]);
  });

  it('does not let anyone accept an invitation made for another email', async () => {
    const owner = personWithout('owner-2', 'owner-2@example.org');
    const org = await register(owner);
    const { inviteMember } = ok(
      await client.executeAs<{ inviteMember: { id: string } }>(owner, INVITE, {
        input: { organizationId: org.id, email: 'right@example.org', role: 'OWNER' },
      }),
    );
    const eve = personWithout('eve', 'eve@example.org');
    expect(errorCode(await client.executeAs(eve, ACCEPT, { id: inviteMember.id }))).toBe('NOT_FOUND');
    expect(errorCode(await client.executeAs(personWithout('unverified'), ACCEPT, { id: inviteMember.id }))).toBe('FORBIDDEN');
    expect((await post(eve, org.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The rightful invitee still has it and may decline it.
    const right = personWithout('right', 'right@example.org');
    expect(ok(await client.executeAs(right, DECLINE, { id: inviteMember.id }))).toEqual({ declineInvitation: { id: inviteMember.id } });
    expect((await me(right)).invitations).toEqual([]);
  });

  it('turns an approved join request into a membership', async () => {
    const owner = personWithout('owner-3', 'owner-3@example.org');
    const org = await register(owner);
    const carol = personWithout('carol', 'carol@example.org');
    ok(await client.executeAs(carol, ASK, { org: org.id, message: 'I run the tech-transfer office of this institute.' }));
    expect(ok(await client.executeAs<{ joinRequests: unknown[] }>(owner, REQUESTS, { org: org.id })).joinRequests).toEqual([
      { subject: 'carol', email: 'carol@example.org', message: 'I run the tech-transfer office of this institute.' },
    ]);
    expect(errorCode(await client.executeAs(carol, REQUESTS, { org: org.id }))).toBe('FORBIDDEN');
    expect(ok(await client.executeAs(owner, APPROVE, { input: { organizationId: org.id, subject: 'carol' } }))).toEqual({
      approveJoinRequest: { subject: 'carol', role: 'MEMBER' },
    });
    expect((await post(carol, org.id)).errors).toBeUndefined();
    expect(ok(await client.executeAs<{ joinRequests: unknown[] }>(owner, REQUESTS, { org: org.id })).joinRequests).toEqual([]);
  });

  it('keeps at least one owner, and removals and role changes hold from the next request', async () => {
    const owner = personWithout('owner-4', 'owner-4@example.org');
    const org = await register(owner);
    const dan = personWithout('dan', 'dan@example.org');
    ok(await client.executeAs(dan, ASK, { org: org.id, message: 'Please add me.' }));
    ok(await client.executeAs(owner, APPROVE, { input: { organizationId: org.id, subject: 'dan' } }));

    const lastOwnerLeaves = await client.executeAs(owner, LEAVE, { org: org.id });
    expect(lastOwnerLeaves.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'LAST_OWNER' });
    expect(
      errorCode(await client.executeAs(owner, CHANGE_ROLE, { input: { organizationId: org.id, subject: 'owner-4', role: 'MEMBER' } })),
    ).toBe('CONFLICT');
    expect(errorCode(await client.executeAs(dan, REMOVE, { input: { organizationId: org.id, subject: 'owner-4' } }))).toBe('FORBIDDEN');

    ok(await client.executeAs(owner, CHANGE_ROLE, { input: { organizationId: org.id, subject: 'dan', role: 'OWNER' } }));
    expect(ok(await client.executeAs(dan, MEMBERS, { org: org.id }))).toEqual({
      members: [expect.objectContaining({ role: 'OWNER' }), expect.objectContaining({ role: 'OWNER' })],
    });
    ok(await client.executeAs(owner, LEAVE, { org: org.id }));
    expect((await post(owner, org.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const erin = personWithout('erin', 'erin@example.org');
    ok(await client.executeAs(erin, ASK, { org: org.id, message: 'Me too.' }));
    ok(await client.executeAs(dan, APPROVE, { input: { organizationId: org.id, subject: 'erin' } }));
    expect((await post(erin, org.id)).errors).toBeUndefined();
    ok(await client.executeAs(dan, REMOVE, { input: { organizationId: org.id, subject: 'erin' } }));
    expect((await post(erin, org.id)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(ok(await client.executeAs(dan, MEMBERS, { org: org.id }))).toEqual({ members: [{ subject: 'dan', role: 'OWNER' }] });
  });

  it('refuses a fourth unverified organization with a reason, and allows it once one is verified', async () => {
    const fay = personWithout('fay', 'fay@example.org');
    const owned = [await register(fay), await register(fay), await register(fay)];
    const fourth = await client.executeAs(fay, REGISTER, { input: aRegisterInput(key()) });
    expect(fourth.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', limit: 3 } });
    expect(fourth.errors?.[0]?.message).toContain('waiting for verification');
    const first = owned[0]!;
    ok(await client.executeAs(ADMIN, VERIFY, { input: { organizationId: first.id, version: first.version, verification: 'VERIFIED' } }));
    expect((await register(fay)).verification).toBe('UNVERIFIED');
  });

  it('puts a verified organization back in the queue when its identity changes, keeping what was verified', async () => {
    const gil = personWithout('gil', 'gil@example.org');
    const org = await register(gil, { name: { en: 'Gil Batteries (Test)' } });
    const verified = ok(
      await client.executeAs<{ setVerification: { version: number } }>(ADMIN, VERIFY, {
        input: { organizationId: org.id, version: 1, verification: 'VERIFIED', note: 'Checked the business licence.' },
      }),
    );
    const cityOnly = ok(
      await client.executeAs<{ updateOrganization: { version: number; verification: string } }>(gil, UPDATE, {
        input: { id: org.id, version: verified.setVerification.version, city: 'Changchun' },
      }),
    );
    expect(cityOnly.updateOrganization.verification).toBe('VERIFIED');
    const renamed = ok(
      await client.executeAs<{ updateOrganization: unknown }>(gil, UPDATE, {
        input: { id: org.id, version: cityOnly.updateOrganization.version, name: { en: 'Gil Energy (Test)' } },
      }),
    );
    expect(renamed.updateOrganization).toMatchObject({
      verification: 'UNVERIFIED',
      previousVerified: { name: { en: 'Gil Batteries (Test)' } },
    });
    const queue = ok(
      await client.executeAs<{ verificationQueue: { edges: { node: { id: string; previousVerified: unknown } }[] } }>(ADMIN, QUEUE),
    );
    expect(queue.verificationQueue.edges.find((edge) => edge.node.id === org.id)?.node.previousVerified).toEqual({
      name: { en: 'Gil Batteries (Test)' },
    });
  });

  it('lists the verification queue oldest first, with who registered each organization', async () => {
    const hana = personWithout('hana', 'hana@example.org');
    const older = await register(hana);
    const newer = await register(hana);
    const queue = ok(
      await client.executeAs<{
        verificationQueue: { edges: { node: { id: string; queuedAt: string; registeredBy: { email: string } | null } }[] };
      }>(ADMIN, QUEUE),
    );
    const nodes = queue.verificationQueue.edges.map((edge) => edge.node);
    expect(nodes.map((node) => node.queuedAt)).toEqual([...nodes.map((node) => node.queuedAt)].sort());
    expect(nodes.findIndex((node) => node.id === older.id)).toBeLessThan(nodes.findIndex((node) => node.id === newer.id));
    expect(nodes.find((node) => node.id === older.id)?.registeredBy).toEqual({ email: 'hana@example.org' });
    expect(errorCode(await client.executeAs(hana, QUEUE))).toBe('FORBIDDEN');
  });
});
