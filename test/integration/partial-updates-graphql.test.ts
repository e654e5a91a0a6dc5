import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { anIgbtMaker, aPostingOf, memberOf } from '../support/match-scenario.js';

/**
 * Issue 14, finding 5 (silent data loss on update), reproduced through
 * GraphQL against DynamoDB Local: each update names part of a nested input
 * and everything it did not name is still stored afterwards. (The rule over
 * generated update sequences: test/unit/organizations/partial-update.property.test.ts.)
 */
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) {
  version name { en zh ko } preferences { countries types parks languages } technology { maturity ipStatus } contact { person phone }
} }`;
const UPDATE_COLLABORATION = 'mutation($input: UpdateCollaborationInput!) { updateCollaboration(input: $input) { title { en zh ko } } }';

describe('updates keep what they do not name', () => {
  let table: TestTable;
  let client: GraphQLClient;

  beforeAll(async () => {
    table = await createTestTable('partial-updates');
    client = await graphqlClient(table.store);
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  const update = async (organizationId: string, version: number, changes: Record<string, unknown>) => {
    const result = await client.executeAs<{ updateOrganization: Record<string, unknown> }>(memberOf(organizationId), UPDATE, {
      input: { id: organizationId, version, ...changes },
    });
    expect(result.errors).toBeUndefined();
    return { returned: result.data!.updateOrganization, stored: (await table.store.organizations.get(organizationId))! };
  };

  it('keeps parks and languages when preferences name only countries and types', async () => {
    const org = await anIgbtMaker(table.store);
    const { returned, stored } = await update(org.id, org.version, { preferences: { countries: ['CN', 'KR'], types: ['UNIVERSITY'] } });
    expect(stored.preferences).toEqual({ ...org.preferences, countries: ['CN', 'KR'], types: ['UNIVERSITY'] });
    expect(returned.preferences).toMatchObject({ parks: ['new-energy-vehicle-park'], languages: ['en', 'ko'] });
  });

  it('keeps the IP status when technology names only the maturity', async () => {
    const org = await anIgbtMaker(table.store);
    const { stored } = await update(org.id, org.version, { technology: { maturity: 'UNDER_DEVELOPMENT' } });
    expect(stored.technology).toEqual({ maturity: 'UNDER_DEVELOPMENT', ipStatus: 'GRANTED' });
  });

  it('keeps zh and ko when the name names only en, and removes only the language given as null', async () => {
    const org = await anIgbtMaker(table.store, { name: { en: 'Hanbit Power Devices (Test)', zh: '韩光功率器件', ko: '한빛파워디바이스' } });
    const renamed = await update(org.id, org.version, { name: { en: 'Hanbit Power' } });
    expect(renamed.stored.name).toEqual({ en: 'Hanbit Power', zh: '韩光功率器件', ko: '한빛파워디바이스' });
    const withoutChinese = await update(org.id, renamed.stored.version, { name: { zh: null } });
    expect(withoutChinese.stored.name).toEqual({ en: 'Hanbit Power', ko: '한빛파워디바이스' });
  });

  it('keeps the phone when contact names only person and email; null clears it', async () => {
    const org = await anIgbtMaker(table.store);
    const kept = await update(org.id, org.version, { contact: { person: 'Lee Seoyeon', email: 'seoyeon.lee@hanbit-power.example' } });
    expect(kept.stored.contact).toEqual({ person: 'Lee Seoyeon', email: 'seoyeon.lee@hanbit-power.example', phone: org.contact.phone });
    const cleared = await update(org.id, kept.stored.version, {
      contact: { person: 'Lee Seoyeon', email: 'seoyeon.lee@hanbit-power.example', phone: null },
    });
    expect(cleared.stored.contact.phone).toBeUndefined();
  });

  it('keeps the other languages of a collaboration title', async () => {
    const owner = await anIgbtMaker(table.store);
    const posting = await aPostingOf(table.store, owner, { title: { en: 'SiC modules', ko: 'SiC 모듈' } });
    const result = await client.executeAs(memberOf(owner.id), UPDATE_COLLABORATION, {
      input: { id: posting.id, version: posting.version, title: { zh: 'SiC 模块' } },
    });
    expect(result.errors).toBeUndefined();
    expect((await table.store.collaborations.get(posting.id))?.title).toEqual({ en: 'SiC modules', ko: 'SiC 모듈', zh: 'SiC 模块' });
  });
});
