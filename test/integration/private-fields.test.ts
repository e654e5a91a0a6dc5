import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { personWithout } from '../support/principals.js';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { ADMIN, aDriveMaker, anIgbtMaker, aPostingOf, express, memberOf, PARTNER, RESPOND } from '../support/match-scenario.js';
import type { Principal } from '../../functions/core/access/principal.js';
import type { Organization } from '../../functions/core/organization.js';

/**
 * Private fields stay private on every path a query can take to them: an
 * organization's contact details (its members, administrators, and members of
 * an organization with a MUTUAL match only), and the notes two organizations
 * exchanged on a match, a decline note included (the two organizations and
 * administrators only). Each path is tried directly, aliased, through
 * fragments, through postings, search results, recommendations and matches.
 */
const CONTACT = 'contact { person email phone }';

/** Query paths to the target organization's contact; $target, $seeker, $posting, $match as named. */
const CONTACT_PATHS: Record<string, string> = {
  'the profile': `query($target: ID!) { organization(id: $target) { id ${CONTACT} } }`,
  'an aliased profile': `query($target: ID!) { o: organization(id: $target) { id c: contact { e: email p: phone n: person } } }`,
  'an inline fragment': `query($target: ID!) { organization(id: $target) { id ... on Organization { ${CONTACT} } } }`,
  'a named fragment': `query($target: ID!) { organization(id: $target) { ...Private } } fragment Private on Organization { id ${CONTACT} }`,
  'the organization list': `{ organizations(first: 100) { edges { node { id ${CONTACT} } } } }`,
  "a posting's organization": `query($posting: ID!) { collaboration(id: $posting) { organization { id ${CONTACT} } } }`,
  "listed postings' organizations": `{ collaborations(first: 100) { edges { node { organization { id ${CONTACT} } } } } }`,
  'partner search results': `query($seeker: ID!) { searchPartners(input: { organizationId: $seeker, first: 50 }) { results { organization { id ${CONTACT} } } } }`,
  "recommended postings' organizations": `query($seeker: ID!) { recommendedCollaborations(organizationId: $seeker, first: 50) { collaboration { organization { id ${CONTACT} } } } }`,
  'a pending match': `query($match: ID!) { match(id: $match) { from { id ${CONTACT} } to { id ${CONTACT} } counterpart { id ${CONTACT} } collaboration { organization { ${CONTACT} } } } }`,
  "the seeker's matches": `query($seeker: ID!) { matches(organizationId: $seeker) { edges { node { to { id ${CONTACT} } counterpart { ${CONTACT} } } } } }`,
};

describe('private fields on every query path', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let target: Organization;
  let seeker: Organization;
  let mutualPartner: Organization;
  let variables: Record<string, string>;

  beforeAll(async () => {
    table = await createTestTable('private-fields');
    client = await graphqlClient(table.store);
    target = await anIgbtMaker(table.store, {
      contact: { person: 'Secret Person Ahn', email: 'secret.ahn@target.example', phone: '+82 2 0000 7777' },
    });
    seeker = await aDriveMaker(table.store);
    mutualPartner = await aDriveMaker(table.store);
    const posting = await aPostingOf(table.store, target);
    const pending = await express(client, seeker.id, target.id, { collaborationId: posting.id });
    await express(client, mutualPartner.id, target.id);
    await express(client, target.id, mutualPartner.id);
    variables = { target: target.id, seeker: seeker.id, posting: posting.id, match: pending.id };
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  const secrets = () => [target.contact.person, target.contact.email, target.contact.phone!];

  async function answer(principal: Principal, query: string): Promise<string> {
    const used = Object.fromEntries(Object.entries(variables).filter(([name]) => query.includes(`$${name}`)));
    return JSON.stringify(await client.executeAs(principal, query, used));
  }

  const outsiders: [string, () => Principal][] = [
    ['a partner app', () => PARTNER],
    ['a member of the seeking organization (interest still pending)', () => memberOf(seeker.id)],
    ['a member without an organization', () => personWithout('newcomer')],
    ['an anonymous caller', () => ({ role: 'ANONYMOUS' })],
  ];

  describe.each(outsiders)('for %s', (_name, principal) => {
    it.each(Object.entries(CONTACT_PATHS))('gives no contact detail through %s', async (_path, query) => {
      const text = await answer(principal(), query);
      for (const secret of secrets()) expect(text).not.toContain(secret);
    });
  });

  it('reaches the target organization on every path (so the checks above are not vacuous)', async () => {
    const missed: string[] = [];
    for (const [path, query] of Object.entries(CONTACT_PATHS))
      if (!(await answer(memberOf(seeker.id), query)).includes(target.id)) missed.push(path);
    expect(missed).toEqual([]);
  });

  it.each<[string, () => Principal]>([
    ['its own members', () => memberOf(target.id)],
    ['zone administrators', () => ADMIN],
    ['members of an organization with a MUTUAL match', () => memberOf(mutualPartner.id)],
  ])('shows the contact to %s', async (_name, principal) => {
    const text = await answer(principal(), CONTACT_PATHS['the profile']!);
    for (const secret of secrets()) expect(text).toContain(secret);
  });

  describe('match notes, a decline note included', () => {
    const DECLINE_NOTE = 'DECLINE-NOTE: your price is too high (confidential)';
    let declined: string;
    let outsiderOrg: Organization;

    beforeAll(async () => {
      outsiderOrg = await aDriveMaker(table.store);
      const match = await express(client, seeker.id, target.id, { message: 'About anything' });
      const response = await client.executeAs(memberOf(target.id), RESPOND, {
        input: { matchId: match.id, response: 'DECLINE', declineReason: 'OTHER', message: DECLINE_NOTE },
      });
      expect(response.errors).toBeUndefined();
      declined = match.id;
    });

    const NOTE_PATHS = [
      'query($match: ID!) { match(id: $match) { messages { text } } }',
      'query($match: ID!) { m: match(id: $match) { ... on Match { notes: messages { t: text } } } }',
      'query($org: ID!) { matches(organizationId: $org) { edges { node { messages { text } } } } }',
    ];

    it.each<[string, () => Principal]>([
      ['a partner app', () => PARTNER],
      ['a member of a third organization', () => memberOf(outsiderOrg.id)],
      ['a member without an organization', () => personWithout('newcomer')],
    ])('are hidden from %s on every path', async (_name, principal) => {
      for (const query of NOTE_PATHS) {
        for (const org of [target.id, seeker.id]) {
          const text = JSON.stringify(await client.executeAs(principal(), query, query.includes('$match') ? { match: declined } : { org }));
          expect(text).not.toContain('DECLINE-NOTE');
        }
      }
    });

    it.each<[string, () => Principal]>([
      ['the declined sender', () => memberOf(seeker.id)],
      ['the receiver who declined', () => memberOf(target.id)],
      ['zone administrators', () => ADMIN],
    ])('are shown to %s', async (_name, principal) => {
      const text = JSON.stringify(await client.executeAs(principal(), NOTE_PATHS[0]!, { match: declined }));
      expect(text).toContain(DECLINE_NOTE);
    });
  });
});
