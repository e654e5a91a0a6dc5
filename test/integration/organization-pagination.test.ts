import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { anOrganization } from '../support/organization-factory.js';
import type { Principal } from '../../functions/core/access/principal.js';

const PARTNER: Principal = { role: 'PARTNER', clientId: 'partner-app', scopes: ['chainfit/partner.read'] };
const LIST = `query List($filter: OrganizationFilter, $first: Int, $after: String) {
  organizations(filter: $filter, first: $first, after: $after) { edges { cursor node { id country } } pageInfo { hasNextPage endCursor } }
}`;

interface ListResult {
  organizations: {
    edges: { cursor: string; node: { id: string; country: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

describe('paging through organizations', () => {
  let table: TestTable;
  let client: GraphQLClient;
  const ids = Array.from({ length: 7 }, (_, i) => `org-page-${String(i).padStart(2, '0')}`);

  beforeAll(async () => {
    table = await createTestTable('org-pages');
    client = await graphqlClient(table.store);
    for (const [i, id] of ids.entries()) {
      await table.store.organizations.create(anOrganization({ id, country: i % 2 === 0 ? 'KR' : 'CN' }));
    }
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  async function allPages(filter: Record<string, unknown>, first: number): Promise<string[][]> {
    const pages: string[][] = [];
    let after: string | null = null;
    do {
      const result: Awaited<ReturnType<typeof client.executeAs<ListResult>>> = await client.executeAs<ListResult>(PARTNER, LIST, {
        filter,
        first,
        after,
      });
      expect(result.errors).toBeUndefined();
      const connection: ListResult['organizations'] = result.data!.organizations;
      pages.push(connection.edges.map((edge) => edge.node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    return pages;
  }

  it('walks every organization once, in a stable id order, across pages', async () => {
    const pages = await allPages({}, 3);
    expect(pages).toEqual([ids.slice(0, 3), ids.slice(3, 6), ids.slice(6)]);
  });

  it('pages a filtered list with exact hasNextPage', async () => {
    const pages = await allPages({ country: 'CN', segment: 'semi.power-semiconductors' }, 2);
    expect(pages).toEqual([['org-page-01', 'org-page-03'], ['org-page-05']]);
  });

  it('filters by chain and park', async () => {
    expect(await allPages({ chain: 'semi', park: 'new-energy-vehicle-park' }, 5)).toEqual([ids.slice(0, 5), ids.slice(5)]);
    expect(await allPages({ chain: 'nev' }, 5)).toEqual([[]]);
  });

  it('answers BAD_USER_INPUT for a forged cursor', async () => {
    const first = await client.executeAs<ListResult>(PARTNER, LIST, { first: 2 });
    const [body, signature] = first.data!.organizations.pageInfo.endCursor!.split('.');
    const decoded = Buffer.from(body!, 'base64url').toString('utf8').replace('org-page-01', 'org-page-04');
    const forged = `${Buffer.from(decoded).toString('base64url')}.${signature}`;
    const result = await client.executeAs(PARTNER, LIST, { first: 2, after: forged });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
  });

  it('answers BAD_USER_INPUT for a garbled cursor, and for a cursor of another list', async () => {
    expect(errorCode(await client.executeAs(PARTNER, LIST, { first: 2, after: '%%%garbage' }))).toBe('BAD_USER_INPUT');
    const other = await client.executeAs<ListResult>(PARTNER, LIST, { first: 1, filter: { segment: 'semi.power-semiconductors' } });
    const cursor = other.data!.organizations.pageInfo.endCursor;
    expect(errorCode(await client.executeAs(PARTNER, LIST, { first: 2, after: cursor }))).toBe('BAD_USER_INPUT');
  });

  it('defaults first to 20 and refuses more than 100', async () => {
    const page = await client.executeAs<ListResult>(PARTNER, LIST, {});
    expect(page.data!.organizations.edges).toHaveLength(ids.length);
    const tooMany = await client.executeAs(PARTNER, LIST, { first: 101 });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.extensions?.field).toBe('first');
  });
});
