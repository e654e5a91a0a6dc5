/**
 * Every connection of the schema answers a complete Relay PageInfo:
 * startCursor and endCursor are the first and last edges' cursors, and
 * hasPreviousPage is false (forward pagination only, as the spec allows).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { aCollaboration, anOrganization } from '../support/organization-factory.js';
import { aMatchRecord } from '../support/match-factory.js';
import { ADMIN } from '../support/match-scenario.js';

interface PageOfIds {
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const PAGE = 'edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';
const CONNECTIONS: Record<string, string> = {
  organizations: `query Page($after: String) { page: organizations(first: 2, after: $after) { ${PAGE} } }`,
  collaborations: `query Page($after: String) { page: collaborations(first: 2, after: $after) { ${PAGE} } }`,
  matches: `query Page($after: String) { page: matches(organizationId: "org-pi-0", first: 2, after: $after) { ${PAGE} } }`,
};

describe('PageInfo on every connection', () => {
  let table: TestTable;
  let client: GraphQLClient;

  beforeAll(async () => {
    table = await createTestTable('page-info');
    client = await graphqlClient(table.store);
    const now = new Date();
    for (let i = 0; i < 3; i++) {
      await table.store.organizations.create(anOrganization({ id: `org-pi-${i}` }));
      await table.store.collaborations.create(aCollaboration({ id: `col-pi-${i}`, ownerOrganizationId: `org-pi-${i}` }), undefined, now);
    }
    for (const to of ['org-pi-1', 'org-pi-2', 'org-pi-3']) {
      await table.store.matches.create(aMatchRecord({ fromOrganizationId: 'org-pi-0', toOrganizationId: to }));
    }
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  for (const [name, query] of Object.entries(CONNECTIONS)) {
    it(`${name}: cursors of the first and last edge, no previous page, on every page`, async () => {
      const first = await client.executeAs<{ page: PageOfIds }>(ADMIN, query, { after: null });
      expect(first.errors).toBeUndefined();
      const page1 = first.data!.page;
      expect(page1.edges).toHaveLength(2);
      expect(page1.pageInfo).toEqual({
        hasNextPage: true,
        hasPreviousPage: false,
        startCursor: page1.edges[0]!.cursor,
        endCursor: page1.edges[1]!.cursor,
      });

      const second = await client.executeAs<{ page: PageOfIds }>(ADMIN, query, { after: page1.pageInfo.endCursor });
      const page2 = second.data!.page;
      expect(page2.edges).toHaveLength(1);
      // After the first page there are earlier edges, yet forward pagination answers false (Relay spec §4.1).
      expect(page2.pageInfo).toEqual({
        hasNextPage: false,
        hasPreviousPage: false,
        startCursor: page2.edges[0]!.cursor,
        endCursor: page2.edges[0]!.cursor,
      });
    });
  }
});
