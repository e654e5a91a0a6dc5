import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient, type GraphQLResult } from '../support/graphql-client.js';
import { anOrganization } from '../support/organization-factory.js';
import type { Principal } from '../../functions/core/access/principal.js';
import { LISTING_READ_LIMIT } from '../../functions/store/listing-query.js';

/**
 * Finding 3 of the security review (docs/security.md, "Findings"): a list
 * reads a bounded number of items per request however sparse its filter, and
 * a filter that can never match for the caller reads nothing. Finding 8's
 * second half: unknown model ids in list filters are BAD_USER_INPUT.
 */

const PARTNER: Principal = { role: 'PARTNER', clientId: 'partner-app', scopes: ['chainfit/partner.read'] };
const ADMIN: Principal = { role: 'ADMIN', subject: 'zone-officer' };
/** Organizations before the first match of the sparse filter: more than one page's read bound. */
const UNMATCHED = LISTING_READ_LIMIT + 200;
/** Filtered Queries one page may send (200 items each) and the BatchGetItem of the page's organizations. */
const MOST_REQUESTS_PER_PAGE = Math.ceil(LISTING_READ_LIMIT / 200) + 1;

const LIST = `query($filter: OrganizationFilter, $after: String) {
  organizations(filter: $filter, first: 5, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } }
}`;

interface ListData {
  organizations: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

describe('bounded listing', () => {
  let table: TestTable;
  let client: GraphQLClient;

  beforeAll(async () => {
    table = await createTestTable('bounded-listing');
    client = await graphqlClient(table.store);
    const unverified = Array.from({ length: UNMATCHED }, (_, i) => anOrganization({ id: `org-a-${String(i).padStart(5, '0')}` }));
    const verified = Array.from({ length: 3 }, (_, i) => anOrganization({ id: `org-z-${i}`, verification: 'VERIFIED' }));
    const suspended = [anOrganization({ id: 'org-s-0', verification: 'SUSPENDED' })];
    await table.store.organizations.importMany([...unverified, ...verified, ...suspended]);
  }, 180_000);

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('answers a sparse filter with partial pages of bounded reads, each with a cursor to continue, until the matches', async () => {
    const found: string[] = [];
    const requestsPerPage: number[] = [];
    let after: string | null = null;
    for (let page = 0; page < 10; page++) {
      table.store.gateway.resetStats();
      const result: GraphQLResult<ListData> = await client.executeAs<ListData>(PARTNER, LIST, {
        filter: { verification: 'VERIFIED' },
        after,
      });
      expect(result.errors).toBeUndefined();
      requestsPerPage.push(table.store.gateway.stats.requests);
      const { edges, pageInfo } = result.data!.organizations;
      found.push(...edges.map((edge) => edge.node.id));
      if (!pageInfo.hasNextPage) break;
      expect(pageInfo.endCursor).not.toBeNull();
      after = pageInfo.endCursor;
    }
    expect(found).toEqual(['org-z-0', 'org-z-1', 'org-z-2']);
    // The first page reads its bound and returns nothing, with a cursor; the next one finds the matches.
    expect(requestsPerPage.length).toBe(2);
    for (const requests of requestsPerPage) expect(requests).toBeLessThanOrEqual(MOST_REQUESTS_PER_PAGE);
  });

  it('reads nothing for a filter the caller can never match: suspended organizations are listed to administrators only', async () => {
    table.store.gateway.resetStats();
    const result = await client.executeAs<ListData>(PARTNER, LIST, { filter: { verification: 'SUSPENDED' } });
    expect(result.errors).toBeUndefined();
    expect(result.data!.organizations).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null } });
    expect(table.store.gateway.stats.requests).toBe(0);

    const forAdmin = await client.executeAs<ListData>(ADMIN, LIST, { filter: { verification: 'SUSPENDED' } });
    const ids: string[] = forAdmin.data!.organizations.edges.map((edge) => edge.node.id);
    let cursor = forAdmin.data!.organizations.pageInfo.endCursor;
    while (ids.length === 0 && cursor) {
      const next = await client.executeAs<ListData>(ADMIN, LIST, { filter: { verification: 'SUSPENDED' }, after: cursor });
      ids.push(...next.data!.organizations.edges.map((edge) => edge.node.id));
      cursor = next.data!.organizations.pageInfo.hasNextPage ? next.data!.organizations.pageInfo.endCursor : null;
    }
    expect(ids).toEqual(['org-s-0']);
  });

  it.each([
    ['organizations', 'chain', 'battery', 'unknown chain battery'],
    ['organizations', 'segment', 'semi.nothing', 'unknown segment semi.nothing'],
    ['organizations', 'park', 'park-on-the-moon', 'unknown park park-on-the-moon'],
    ['collaborations', 'chain', 'battery', 'unknown chain battery'],
    ['collaborations', 'segment', 'semi.nothing', 'unknown segment semi.nothing'],
  ])(
    'refuses an unknown id in the %s filter (%s) with BAD_USER_INPUT, as partner search does, reading nothing',
    async (list, field, id, message) => {
      table.store.gateway.resetStats();
      const result = await client.executeAs(PARTNER, `{ ${list}(filter: { ${field}: "${id}" }) { edges { node { id } } } }`);
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ path: `filter.${field}`, message }] });
      expect(table.store.gateway.stats.requests).toBe(0);
    },
  );
});
