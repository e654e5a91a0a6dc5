import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { ADMIN, anIgbtMaker, ok } from '../support/match-scenario.js';
import { personIn, personWithout } from '../support/principals.js';
import { allItems } from '../support/table-contents.js';
import { createAppRequest } from '../../functions/app/app-request.js';
import { organizationInvitations } from '../../functions/app/organization-invitations.js';
import type { Principal } from '../../functions/core/access/principal.js';
import { invitationExpiry, newInvitationId } from '../../functions/core/membership/member-records.js';
import { invitationItem } from '../../functions/store/items/membership-items.js';
import { PutCommand } from '@aws-sdk/lib-dynamodb';

/**
 * An organization's invitations as its owners see them (`organizationInvitations`) and revoke them
 * (`revokeInvitation`), through GraphQL against DynamoDB Local: every status, pagination, who may look,
 * and revoking against accepting.
 */
const LIST = `query($org: ID!, $status: InvitationStatus, $first: Int, $after: String) {
  organizationInvitations(organizationId: $org, status: $status, first: $first, after: $after) {
    edges { cursor node { id email role status answeredAt organization { id } } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const INVITE = 'mutation($input: InviteMemberInput!) { inviteMember(input: $input) { id status } }';
const ACCEPT = 'mutation($id: ID!) { acceptInvitation(input: { id: $id }) { subject role } }';
const DECLINE = 'mutation($id: ID!) { declineInvitation(input: { id: $id }) { id } }';
const REVOKE = 'mutation($input: RevokeInvitationInput!) { revokeInvitation(input: $input) { id email status answeredAt } }';
const MY_INVITATIONS = '{ me { invitations { id status } } }';

interface Listed {
  edges: { cursor: string; node: { id: string; email: string; role: string; status: string; answeredAt: string | null } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

describe("an organization's invitations", () => {
  let table: TestTable;
  let client: GraphQLClient;
  let org: string;
  let owner: Principal;
  const ids: Record<string, string> = {};

  const invite = async (by: Principal, organizationId: string, email: string): Promise<string> =>
    (await ok<{ id: string }>(client, by, INVITE, { input: { organizationId, email, role: 'MEMBER' } })).id;
  const list = (by: Principal, variables: Record<string, unknown>) => ok<Listed>(client, by, LIST, { org, ...variables });
  const statuses = async (variables: Record<string, unknown> = {}) =>
    Object.fromEntries((await list(owner, { first: 100, ...variables })).edges.map(({ node }) => [node.email, node.status]));

  beforeAll(async () => {
    table = await createTestTable('organization-invitations');
    client = await graphqlClient(table.store);
    org = (await anIgbtMaker(table.store)).id;
    owner = personIn('invitations-owner', org);
    // An invitation nobody answered, made 20 days ago (the store writes what inviteMember writes).
    const made = new Date(Date.now() - 20 * 24 * 60 * 60 * 1000);
    ids.late = newInvitationId(made, 'late');
    await table.store.invitations.create({
      id: ids.late,
      organizationId: org,
      email: 'late@example.org',
      role: 'MEMBER',
      invitedBy: owner.role === 'MEMBER' ? owner.subject : '',
      createdAt: made.toISOString(),
      expiresAt: invitationExpiry(made),
    });
    for (const name of ['accepts', 'declines', 'revoked', 'waits']) ids[name] = await invite(owner, org, `${name}@example.org`);
    await ok(client, personWithout('accepts', 'accepts@example.org'), ACCEPT, { id: ids.accepts });
    await ok(client, personWithout('declines', 'declines@example.org'), DECLINE, { id: ids.declines });
    await ok(client, owner, REVOKE, { input: { organizationId: org, id: ids.revoked } });
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('lists every invitation newest first with its status, to owners and administrators', async () => {
    const page = await list(owner, {});
    expect(page.edges.map(({ node }) => node.email)).toEqual([
      'waits@example.org',
      'revoked@example.org',
      'declines@example.org',
      'accepts@example.org',
      'late@example.org',
    ]);
    expect(await statuses()).toEqual({
      'waits@example.org': 'PENDING',
      'revoked@example.org': 'REVOKED',
      'declines@example.org': 'DECLINED',
      'accepts@example.org': 'ACCEPTED',
      'late@example.org': 'EXPIRED',
    });
    const answered = page.edges.filter(({ node }) => node.answeredAt !== null).map(({ node }) => node.email);
    expect(answered.sort()).toEqual(['accepts@example.org', 'declines@example.org', 'revoked@example.org']);
    expect((await ok<Listed>(client, ADMIN, LIST, { org })).edges).toHaveLength(5);
  });

  it('filters by status, EXPIRED being a pending invitation past its expiry', async () => {
    for (const [status, email] of [
      ['PENDING', 'waits@example.org'],
      ['ACCEPTED', 'accepts@example.org'],
      ['DECLINED', 'declines@example.org'],
      ['REVOKED', 'revoked@example.org'],
      ['EXPIRED', 'late@example.org'],
    ] as const) {
      expect(await statuses({ status }), status).toEqual({ [email]: status });
    }
  });

  it('refuses a plain MEMBER of the organization and the owner of another one (FORBIDDEN)', async () => {
    const plainMember = personIn('invitations-plain-member', org, 'MEMBER');
    const otherOwner = personIn('invitations-other-owner', (await anIgbtMaker(table.store)).id);
    for (const caller of [plainMember, otherOwner]) {
      expect(errorCode(await client.executeAs(caller, LIST, { org }))).toBe('FORBIDDEN');
      expect(errorCode(await client.executeAs(caller, REVOKE, { input: { organizationId: org, id: ids.waits } }))).toBe('FORBIDDEN');
    }
    expect(await statuses({ status: 'PENDING' })).toEqual({ 'waits@example.org': 'PENDING' });
  });

  it('pages forward with cursors bound to the organization', async () => {
    const other = (await anIgbtMaker(table.store)).id;
    const otherOwner = personIn('paging-owner', other);
    const emails: string[] = [];
    for (let i = 0; i < 5; i++) {
      emails.unshift(`paged-${i}@example.org`);
      await invite(otherOwner, other, `paged-${i}@example.org`);
    }
    const seen: string[] = [];
    let after: string | null = null;
    const sizes: number[] = [];
    do {
      const page: Listed = await ok<Listed>(client, otherOwner, LIST, { org: other, first: 2, after });
      sizes.push(page.edges.length);
      seen.push(...page.edges.map(({ node }) => node.email));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(sizes).toEqual([2, 2, 1]);
    expect(seen).toEqual(emails);
    // A cursor of one organization's list is no cursor for another's.
    const foreign = (await ok<Listed>(client, otherOwner, LIST, { org: other, first: 1 })).pageInfo.endCursor;
    expect(errorCode(await client.executeAs(owner, LIST, { org, first: 1, after: foreign }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.executeAs(owner, LIST, { org, first: 101 }))).toBe('BAD_USER_INPUT');
  });

  it('revoking hides the invitation from the invitee, who can no longer accept it; a second revoke changes nothing', async () => {
    const id = await invite(owner, org, 'changed-mind@example.org');
    const invitee = personWithout('changed-mind', 'changed-mind@example.org');
    expect(await ok<{ invitations: unknown[] }>(client, invitee, MY_INVITATIONS, {})).toEqual({ invitations: [{ id, status: 'PENDING' }] });
    const revoked = await ok<{ status: string; answeredAt: string }>(client, owner, REVOKE, { input: { organizationId: org, id } });
    expect(revoked).toMatchObject({ id, email: 'changed-mind@example.org', status: 'REVOKED' });
    expect(await ok(client, invitee, MY_INVITATIONS, {})).toEqual({ invitations: [] });
    expect(errorCode(await client.executeAs(invitee, ACCEPT, { id }))).toBe('NOT_FOUND');
    const before = await allItems(table);
    expect(errorCode(await client.executeAs(owner, REVOKE, { input: { organizationId: org, id } }))).toBe('CONFLICT');
    expect(errorCode(await client.executeAs(owner, REVOKE, { input: { organizationId: org, id: ids.accepts } }))).toBe('CONFLICT');
    expect(errorCode(await client.executeAs(owner, REVOKE, { input: { organizationId: org, id: ids.late } }))).toBe('CONFLICT');
    expect(errorCode(await client.executeAs(owner, REVOKE, { input: { organizationId: org, id: 'inv-unknown' } }))).toBe('NOT_FOUND');
    expect(await allItems(table)).toEqual(before);
    expect(await table.store.memberships.member(org, 'changed-mind')).toBeNull();
  });

  it('lets exactly one of an accept and a revoke at the same moment win', async () => {
    const id = await invite(owner, org, 'racing@example.org');
    const invitee = personWithout('racing', 'racing@example.org');
    const [accepted, revoked] = await Promise.all([
      client.executeAs(invitee, ACCEPT, { id }),
      client.executeAs(owner, REVOKE, { input: { organizationId: org, id } }),
    ]);
    expect([accepted, revoked].filter((result) => result.errors === undefined)).toHaveLength(1);
    const member = await table.store.memberships.member(org, 'racing');
    const { [`racing@example.org`]: status } = await statuses();
    expect(status).toBe(member ? 'ACCEPTED' : 'REVOKED');
  });

  it('lets an invitee accept or decline an invitation sent before organizations kept records of them', async () => {
    const unrecorded = async (name: string): Promise<string> => {
      const made = new Date();
      const id = newInvitationId(made, name);
      const invitation = { id, organizationId: org, email: `${name}@example.org`, role: 'MEMBER' as const, invitedBy: 'x' };
      const times = { createdAt: made.toISOString(), expiresAt: invitationExpiry(made) };
      await table.store.gateway.send(new PutCommand({ TableName: table.tableName, Item: invitationItem({ ...invitation, ...times }) }));
      return id;
    };
    const [older, oldest] = [await unrecorded('older-joiner'), await unrecorded('older-decliner')];
    await ok(client, personWithout('older-joiner', 'older-joiner@example.org'), ACCEPT, { id: older });
    await ok(client, personWithout('older-decliner', 'older-decliner@example.org'), DECLINE, { id: oldest });
    expect(await table.store.memberships.member(org, 'older-joiner')).toMatchObject({ role: 'MEMBER' });
    const left = (await allItems(table)).filter((item) => item.id === older || item.id === oldest);
    expect(left).toEqual([]);
  });

  it('keeps answered and expired invitations listed for 30 days, then leaves them out', async () => {
    const request = (daysFromNow: number) =>
      createAppRequest({ store: table.store, principal: owner, now: new Date(Date.now() + daysFromNow * 86_400_000), locale: 'en' });
    const emailsAt = async (days: number) =>
      (await organizationInvitations(request(days), org, { first: 100 })).edges.map(({ node }) => node.email).sort();
    expect(await emailsAt(25)).toContain('accepts@example.org');
    // The expired one (expired 6 days ago) goes first, 30 days after its expiry; the answered ones 30 days after the answer.
    expect(await emailsAt(25)).not.toContain('late@example.org');
    expect(await emailsAt(31)).not.toContain('accepts@example.org');
    expect(await emailsAt(31)).toContain('waits@example.org');
  });
});
