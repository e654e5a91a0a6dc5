import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn } from '../support/principals.js';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { allItems } from '../support/table-contents.js';
import { aCollaboration, anOrganization, aPostInput } from '../support/organization-factory.js';
import type { Principal } from '../../functions/core/access/principal.js';

const ADMIN: Principal = { role: 'ADMIN', subject: 'zone-officer' };
const PARTNER: Principal = { role: 'PARTNER', clientId: 'partner-app', scopes: ['chainfit/partner.read'] };
const OWNER_ID = 'org-owner';
const OWNER: Principal = personIn('owner-member', OWNER_ID);
const STRANGER: Principal = personIn('stranger', 'org-stranger');

const POST = `mutation Post($input: PostCollaborationInput!) {
  postCollaboration(input: $input) { id version status expiresAt segments organization { id } }
}`;
const UPDATE = `mutation Update($input: UpdateCollaborationInput!) { updateCollaboration(input: $input) { id version segments status } }`;
const CLOSE = `mutation Close($input: CloseCollaborationInput!) { closeCollaboration(input: $input) { id version status } }`;
const READ = `query Read($id: ID!) { collaboration(id: $id) { id status version } }`;
const LIST = `query List($filter: CollaborationFilter, $first: Int) {
  collaborations(filter: $filter, first: $first) { edges { node { id status title { en } organization { name { en } } } } pageInfo { hasNextPage } }
}`;

interface Posted {
  postCollaboration: { id: string; version: number; status: string; expiresAt: string; segments: string[]; organization: { id: string } };
}

describe('collaboration postings through GraphQL', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let keys = 0;
  const key = () => `posting-key-${++keys}-${Date.now()}`;

  async function post(overrides: Record<string, unknown> = {}) {
    const result = await client.executeAs<Posted>(OWNER, POST, { input: aPostInput(key(), OWNER_ID, overrides) });
    expect(result.errors).toBeUndefined();
    return result.data!.postCollaboration;
  }

  beforeAll(async () => {
    table = await createTestTable('collaborations');
    client = await graphqlClient(table.store);
    await table.store.organizations.create(anOrganization({ id: OWNER_ID }));
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('publishes an open posting that expires in 365 days by default', async () => {
    const posted = await post();
    expect(posted).toMatchObject({ version: 1, status: 'OPEN', organization: { id: OWNER_ID } });
    const days = (Date.parse(posted.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(364.9);
    expect(days).toBeLessThanOrEqual(365);
  });

  it('returns the first posting for a retried publication, writing one posting', async () => {
    const input = aPostInput(key(), OWNER_ID, { title: { en: 'Retried posting' } });
    const first = await client.executeAs<Posted>(OWNER, POST, { input });
    const retry = await client.executeAs<Posted>(OWNER, POST, { input });
    expect(retry.data?.postCollaboration.id).toBe(first.data?.postCollaboration.id);
    const postings = (await allItems(table)).filter(
      (item) => item.sk === 'COLLABORATION' && (item.title as { en?: string }).en === 'Retried posting',
    );
    expect(postings).toHaveLength(1);
  });

  it.each([
    ['technology fields on a business offer', { kind: 'BUSINESS_OFFER' }, 'input.maturity'],
    ['an expiry beyond two years', { expiresAt: new Date(Date.now() + 731 * 86_400_000).toISOString() }, 'input.expiresAt'],
    ['an expiry in the past', { expiresAt: '2020-01-01T00:00:00.000Z' }, 'input.expiresAt'],
    ['an unknown segment', { segments: ['semi.power-semiconductors', 'semi.vacuum-tubes'] }, 'input.segments[1]'],
  ])('rejects %s with BAD_USER_INPUT, writing nothing', async (_name, overrides, path) => {
    const before = await allItems(table);
    const result = await client.executeAs(OWNER, POST, { input: aPostInput(key(), OWNER_ID, overrides) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(path);
    expect(await allItems(table)).toHaveLength(before.length);
  });

  it('lets only members of the owner post, update and close', async () => {
    const posted = await post();
    expect(errorCode(await client.executeAs(STRANGER, POST, { input: aPostInput(key(), OWNER_ID) }))).toBe('FORBIDDEN');
    expect(errorCode(await client.executeAs(STRANGER, CLOSE, { input: { id: posted.id, version: 1 } }))).toBe('FORBIDDEN');
    expect(errorCode(await client.executeAs(PARTNER, UPDATE, { input: { id: posted.id, version: 1, openForInterest: false } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('moves the open-posting index item to the new segment in the same write, and CONFLICTs on a stale version', async () => {
    const posted = await post({ segments: ['semi.packaging-testing'] });
    const updated = await client.executeAs(OWNER, UPDATE, { input: { id: posted.id, version: 1, segments: ['nev.motor-controllers'] } });
    expect(updated.data?.updateCollaboration).toMatchObject({ version: 2, segments: ['nev.motor-controllers'] });
    expect(await table.store.matchIndex.openCollaborationsIn('semi.packaging-testing', { limit: 10 })).toEqual([]);
    expect((await table.store.matchIndex.openCollaborationsIn('nev.motor-controllers', { limit: 10 })).map((p) => p.id)).toContain(
      posted.id,
    );

    const stale = await client.executeAs(OWNER, UPDATE, { input: { id: posted.id, version: 1, segments: ['semi.packaging-testing'] } });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect((await table.store.matchIndex.openCollaborationsIn('nev.motor-controllers', { limit: 10 })).map((p) => p.id)).toContain(
      posted.id,
    );
  });

  it('lets an administrator close any posting; closing again changes nothing', async () => {
    const posted = await post();
    const closed = await client.executeAs(ADMIN, CLOSE, { input: { id: posted.id, version: 1 } });
    expect(closed.data?.closeCollaboration).toMatchObject({ status: 'CLOSED', version: 2 });
    const again = await client.executeAs(ADMIN, CLOSE, { input: { id: posted.id, version: 2 } });
    expect(again.data?.closeCollaboration).toMatchObject({ status: 'CLOSED', version: 2 });
  });

  it('closes a posting and removes it from the open-postings index', async () => {
    const posted = await post({ segments: ['semi.chip-design'] });
    const closed = await client.executeAs(OWNER, CLOSE, { input: { id: posted.id, version: 1 } });
    expect(closed.data?.closeCollaboration).toMatchObject({ status: 'CLOSED', version: 2 });
    expect(await table.store.matchIndex.openCollaborationsIn('semi.chip-design', { limit: 10 })).toEqual([]);
    const openOnes = await client.executeAs<{ collaborations: { edges: { node: { id: string } }[] } }>(PARTNER, LIST, {
      filter: { segment: 'semi.chip-design', status: 'OPEN' },
    });
    expect(openOnes.data?.collaborations.edges).toEqual([]);
  });

  it('never shows an expired posting as open, even while its index item still waits for TTL', async () => {
    const published = new Date(Date.now() - 10 * 86_400_000);
    const expired = aCollaboration({
      id: 'col-expired',
      ownerOrganizationId: OWNER_ID,
      segments: ['ginseng.ginseng-testing'],
      createdAt: published.toISOString(),
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    // Written as it was when still open, so its index item exists as if TTL had not run yet.
    await table.store.collaborations.create(expired, undefined, published);
    expect((await allItems(table)).some((item) => item.sk === 'OPEN#col-expired')).toBe(true);

    const read = await client.executeAs<{ collaboration: { status: string } }>(PARTNER, READ, { id: 'col-expired' });
    expect(read.data?.collaboration.status).toBe('EXPIRED');
    expect(await table.store.matchIndex.openCollaborationsIn('ginseng.ginseng-testing', { limit: 10 })).toEqual([]);
    const open = await client.executeAs<{ collaborations: { edges: unknown[] } }>(PARTNER, LIST, {
      filter: { segment: 'ginseng.ginseng-testing', status: 'OPEN' },
    });
    expect(open.data?.collaborations.edges).toEqual([]);
    const expiredList = await client.executeAs<{ collaborations: { edges: { node: { id: string } }[] } }>(PARTNER, LIST, {
      filter: { segment: 'ginseng.ginseng-testing', status: 'EXPIRED' },
    });
    expect(expiredList.data?.collaborations.edges.map((edge) => edge.node.id)).toEqual(['col-expired']);
  });
});
