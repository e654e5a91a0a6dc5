import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personIn, personWithout } from '../support/principals.js';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { allItems } from '../support/table-contents.js';
import { aRegisterInput } from '../support/organization-factory.js';
import type { Principal } from '../../functions/core/access/principal.js';

const ADMIN: Principal = { role: 'ADMIN', subject: 'zone-officer' };
const PARTNER: Principal = { role: 'PARTNER', clientId: 'partner-app', scopes: ['chainfit/partner.read'] };
const NEWCOMER: Principal = personWithout('newcomer');
const memberOf = (organizationId: string): Principal => personIn(`member-of-${organizationId}`, organizationId);

const REGISTER = `mutation Register($input: RegisterOrganizationInput!) {
  registerOrganization(input: $input) { id version verification name { en ko text(locale: ko) } offers { segmentId note } contact { email } }
}`;
const UPDATE = `mutation Update($input: UpdateOrganizationInput!) {
  updateOrganization(input: $input) { id version offers { segmentId } seeks website }
}`;
const READ = `query Read($id: ID!) { organization(id: $id) { id version website contact { person email phone } verification } }`;
const LIST = `query List($filter: OrganizationFilter, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } }
}`;
const VERIFY = `mutation Verify($input: SetVerificationInput!) { setVerification(input: $input) { id version verification } }`;

interface Registered {
  registerOrganization: {
    id: string;
    version: number;
    verification: string;
    name: { en: string; ko: string; text: string };
    contact: { email: string } | null;
  };
}

describe('organizations through GraphQL', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let keyCounter = 0;
  const newKey = () => `test-key-${++keyCounter}-${Date.now()}`;

  async function register(overrides: Record<string, unknown> = {}, as: Principal = ADMIN) {
    const result = await client.executeAs<Registered>(as, REGISTER, { input: aRegisterInput(newKey(), overrides) });
    expect(result.errors).toBeUndefined();
    return result.data!.registerOrganization;
  }

  beforeAll(async () => {
    table = await createTestTable('organizations');
    client = await graphqlClient(table.store);
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('registers an organization and reads it back, unverified at version 1', async () => {
    const created = await register();
    expect(created).toMatchObject({ version: 1, verification: 'UNVERIFIED', name: { text: '한빛파워디바이스 (테스트)' } });
    const read = await client.executeAs<{ organization: { id: string; website: string } }>(ADMIN, READ, { id: created.id });
    expect(read.data?.organization).toMatchObject({ id: created.id, website: 'https://hanbit-power.example' });
  });

  it('returns the first result for a retried registration with the same idempotency key, writing one organization', async () => {
    const input = aRegisterInput(newKey(), { name: { en: 'Retry Robotics (Test)' } });
    const first = await client.executeAs<Registered>(NEWCOMER, REGISTER, { input });
    const retry = await client.executeAs<Registered>(NEWCOMER, REGISTER, { input });
    expect(retry.data?.registerOrganization.id).toBe(first.data?.registerOrganization.id);
    const profiles = (await allItems(table)).filter(
      (item) => item.sk === 'PROFILE' && (item.name as { en?: string }).en === 'Retry Robotics (Test)',
    );
    expect(profiles).toHaveLength(1);
  });

  it('answers CONFLICT when an idempotency key is reused for a different registration', async () => {
    const key = newKey();
    await client.executeAs(NEWCOMER, REGISTER, { input: aRegisterInput(key) });
    const reused = await client.executeAs(NEWCOMER, REGISTER, { input: aRegisterInput(key, { city: 'Incheon' }) });
    expect(errorCode(reused)).toBe('CONFLICT');
  });

  it('lets a member of one organization register another, and shows its owner the contact at once', async () => {
    const created = await register({}, memberOf('org-existing'));
    expect(created.contact).toEqual({ email: 'minjun.kim@hanbit-power.example' });
  });

  it.each([
    [
      'an unknown segment',
      { offers: [{ segmentId: 'semi.power-semiconductors' }, { segmentId: 'nev.battery-cells' }, { segmentId: 'nev.warp-drive' }] },
      'input.offers[2].segmentId',
    ],
    ['empty names', { name: { en: '', zh: ' ' } }, 'input.name.en'],
    ['a bad email', { contact: { person: 'Kim', email: 'kim-at-example' } }, 'input.contact.email'],
    ['a bad URL', { website: 'not a url' }, 'input.website'],
    ['a year out of range', { foundedYear: 1700 }, 'input.foundedYear'],
    ['text over the limit', { description: { en: 'x'.repeat(4001) } }, 'input.description.en'],
    [
      'too many segments',
      {
        seeks: [
          'semi.chip-design',
          'semi.chip-fabrication',
          'semi.packaging-testing',
          'nev.battery-cells',
          'nev.drive-motors',
          'nev.electric-drive',
          'nev.battery-packs',
          'nev.motor-controllers',
          'nev.battery-recycling',
        ],
      },
      'input.seeks',
    ],
    ['an unknown park', { preferences: { parks: ['atlantis-park'] } }, 'input.preferences.parks[0]'],
    ['a bad idempotency key', { idempotencyKey: 'x' }, 'input.idempotencyKey'],
  ])('rejects %s with BAD_USER_INPUT naming the field, writing nothing', async (_name, overrides, path) => {
    const before = await allItems(table);
    const result = await client.executeAs(ADMIN, REGISTER, { input: aRegisterInput(newKey(), overrides) });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.field).toBe(path);
    expect(await allItems(table)).toHaveLength(before.length);
  });

  it('updates with the version read, and answers CONFLICT for a stale version without changing anything', async () => {
    const created = await register();
    const member = memberOf(created.id);
    const updated = await client.executeAs<{ updateOrganization: { version: number; offers: { segmentId: string }[] } }>(member, UPDATE, {
      input: { id: created.id, version: 1, offers: [{ segmentId: 'nev.motor-controllers' }], website: null },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data?.updateOrganization).toMatchObject({ version: 2, offers: [{ segmentId: 'nev.motor-controllers' }], website: null });

    const stale = await client.executeAs(member, UPDATE, { input: { id: created.id, version: 1, city: 'Seoul' } });
    expect(errorCode(stale)).toBe('CONFLICT');
    const read = await client.executeAs<{ organization: { version: number } }>(ADMIN, READ, { id: created.id });
    expect(read.data?.organization.version).toBe(2);
  });

  it('lets only the organization’s members (and administrators) update it', async () => {
    const created = await register();
    const result = await client.executeAs(memberOf('org-someone-else'), UPDATE, { input: { id: created.id, version: 1, city: 'Seoul' } });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });

  it('shows contact details to members and administrators only', async () => {
    const created = await register();
    const asPartner = await client.executeAs<{ organization: { contact: unknown } }>(PARTNER, READ, { id: created.id });
    const asOther = await client.executeAs<{ organization: { contact: unknown } }>(memberOf('org-other'), READ, { id: created.id });
    const asMember = await client.executeAs<{ organization: { contact: { email: string } } }>(memberOf(created.id), READ, {
      id: created.id,
    });
    expect(asPartner.errors).toBeUndefined();
    expect(asPartner.data?.organization.contact).toBeNull();
    expect(asOther.data?.organization.contact).toBeNull();
    expect(asMember.data?.organization.contact.email).toBe('minjun.kim@hanbit-power.example');
  });

  it('hides a suspended organization from partners but not from administrators', async () => {
    const created = await register();
    const suspended = await client.executeAs(ADMIN, VERIFY, {
      input: { organizationId: created.id, version: 1, verification: 'SUSPENDED' },
    });
    expect(suspended.data?.setVerification).toMatchObject({ version: 2, verification: 'SUSPENDED' });
    expect((await client.executeAs(PARTNER, READ, { id: created.id })).data?.organization).toBeNull();
    expect((await client.executeAs(ADMIN, READ, { id: created.id })).data?.organization).toMatchObject({ verification: 'SUSPENDED' });
    const listed = await client.executeAs<{ organizations: { edges: { node: { id: string } }[] } }>(PARTNER, LIST, {
      filter: { verification: 'SUSPENDED' },
    });
    expect(listed.data?.organizations.edges).toEqual([]);
  });

  it('refuses setVerification to anyone but administrators', async () => {
    const created = await register();
    const result = await client.executeAs(memberOf(created.id), VERIFY, {
      input: { organizationId: created.id, version: 1, verification: 'VERIFIED' },
    });
    expect(errorCode(result)).toBe('FORBIDDEN');
  });
});
