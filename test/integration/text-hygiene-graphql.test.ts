import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { ADMIN, anIgbtMaker, aPostingOf, memberOf } from '../support/match-scenario.js';
import { aRegisterInput } from '../support/organization-factory.js';

/**
 * Issue 14, finding 7 (free text stored verbatim), reproduced through GraphQL
 * against DynamoDB Local: each hostile text is BAD_USER_INPUT naming its
 * field, and nothing is written; ordinary text is stored NFC. (The rules:
 * test/unit/validation/text-hygiene.test.ts; every mutation under hostile
 * text: hostile-input.property.test.ts.)
 */
const REGISTER =
  'mutation($input: RegisterOrganizationInput!) { registerOrganization(input: $input) { id name { en } description { en } } }';
const UPDATE_COLLABORATION = 'mutation($input: UpdateCollaborationInput!) { updateCollaboration(input: $input) { id } }';
const EXPRESS = 'mutation($input: ExpressInterestInput!) { expressInterest(input: $input) { id } }';

describe('free text is stored as people can read it', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let keys = 0;

  beforeAll(async () => {
    table = await createTestTable('text-hygiene');
    client = await graphqlClient(table.store);
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  const register = (overrides: Record<string, unknown>) =>
    client.executeAs<{ registerOrganization: { id: string; name: { en: string }; description: { en: string } } }>(ADMIN, REGISTER, {
      input: aRegisterInput(`text-hygiene-${++keys}`, overrides),
    });

  it.each([
    ['a right-to-left override', { name: { en: 'Hanbit \u202eslaveD rewoP' } }, 'input.name.en'],
    ['a name of zero-width spaces', { name: { en: '\u200b\u200b\u200b' } }, 'input.name.en'],
    ['NUL in a description', { description: { en: 'IGBT modules\u0000' } }, 'input.description.en'],
    ['an ANSI escape in a city', { city: 'Suwon\u001b[2J' }, 'input.city'],
    ['a line break in a name', { name: { en: 'Hanbit\r\nPower' } }, 'input.name.en'],
    ['a lone surrogate in a keyword', { keywords: ['IGBT', 'Si\ud800C'] }, 'input.keywords[1]'],
    [
      'a bidi isolate in a contact person',
      { contact: { person: 'Kim \u2066Minjun\u2069', email: 'minjun@hanbit.example' } },
      'input.contact.person',
    ],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_what, overrides, field) => {
    const result = await register(overrides);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.data?.registerOrganization ?? null).toBeNull();
  });

  it('stores a description with newlines and tabs, NFC normalized', async () => {
    const result = await register({ name: { en: 'Cafe\u0301 Robotics' }, description: { en: 'Line one\r\n\tLine two' } });
    expect(result.errors).toBeUndefined();
    const stored = await table.store.organizations.get(result.data!.registerOrganization.id);
    expect(stored?.name.en).toBe('Caf\u00e9 Robotics');
    expect(stored?.description.en).toBe('Line one\n\tLine two');
  });

  it('checks updates and messages the same way', async () => {
    const [owner, other] = [await anIgbtMaker(table.store), await anIgbtMaker(table.store)];
    const posting = await aPostingOf(table.store, owner);
    const update = await client.executeAs(memberOf(owner.id), UPDATE_COLLABORATION, {
      input: { id: posting.id, version: posting.version, title: { ko: '\u202e모듈' } },
    });
    expect(update.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.title.ko' });
    const message = await client.executeAs(memberOf(owner.id), EXPRESS, {
      input: { fromOrganizationId: owner.id, toOrganizationId: other.id, message: 'Hello\u0007' },
    });
    expect(message.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.message' });
    expect(await table.store.collaborations.get(posting.id)).toEqual(posting);
  });
});
