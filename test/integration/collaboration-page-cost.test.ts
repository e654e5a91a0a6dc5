import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { aCollaboration, anOrganization } from '../support/organization-factory.js';
import type { Principal } from '../../functions/core/access/principal.js';

const PARTNER: Principal = { role: 'PARTNER', clientId: 'partner-app', scopes: ['chainfit/partner.read'] };
// Costs about 700 of QUERY_COST.maxCost (functions/api/query-cost.ts), well within it.
const PAGE = `{ collaborations(first: 100) { edges { node { id organization { name { en } } } } pageInfo { hasNextPage } } }`;

/** One Query for the listing, one BatchGetItem for the postings, one for their owners. */
const MAX_REQUESTS_FOR_A_NESTED_PAGE = 4;

describe('the cost of a page of postings with their organizations', () => {
  let table: TestTable;
  let client: GraphQLClient;

  beforeAll(async () => {
    table = await createTestTable('page-cost');
    client = await graphqlClient(table.store);
    const owners = Array.from({ length: 60 }, (_, i) => `org-owner-${i}`);
    for (const id of owners) await table.store.organizations.create(anOrganization({ id, name: { en: `Owner ${id}` } }));
    const now = new Date();
    for (let i = 0; i < 105; i++) {
      const createdAt = new Date(now.getTime() - i * 1000).toISOString();
      await table.store.collaborations.create(
        aCollaboration({ id: `col-${i}`, ownerOrganizationId: owners[i % owners.length]!, createdAt }),
        undefined,
        now,
      );
    }
  }, 180_000);

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it(`costs at most ${MAX_REQUESTS_FOR_A_NESTED_PAGE} DynamoDB requests for 100 postings and 60 owners`, async () => {
    table.store.gateway.resetStats();
    const result = await client.executeAs<{
      collaborations: { edges: { node: { organization: { name: { en: string } } } }[]; pageInfo: { hasNextPage: boolean } };
    }>(PARTNER, PAGE);
    expect(result.errors).toBeUndefined();
    expect(result.data!.collaborations.edges).toHaveLength(100);
    expect(result.data!.collaborations.pageInfo.hasNextPage).toBe(true);
    expect(result.data!.collaborations.edges.every((edge) => edge.node.organization.name.en.startsWith('Owner '))).toBe(true);
    expect(table.store.gateway.stats.requests).toBeLessThanOrEqual(MAX_REQUESTS_FOR_A_NESTED_PAGE);
  });
});
