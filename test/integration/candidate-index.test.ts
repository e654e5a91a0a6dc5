import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAppRequest } from '../../functions/app/app-request.js';
import { searchPartners } from '../../functions/app/partner-search.js';
import { matchProfileOf } from '../../functions/core/match-profile.js';
import type { Organization } from '../../functions/core/organization.js';
import type { PartnerSearchCriteria } from '../../functions/core/fit/search-criteria.js';
import { organizationIndexItems } from '../../functions/store/items/organization-index-items.js';
import { reindex } from '../../functions/store/reindex.js';
import { createDocumentClient, createDynamoClient } from '../../functions/store/dynamo-client.js';
import { allItems } from '../support/table-contents.js';
import { createTestTable, TEST_REGION, type TestTable } from '../support/test-table.js';
import { anOrganization } from '../support/organization-factory.js';

/**
 * Issue 13: the candidate index splits each segment by country and type group
 * and sorts by a quality key, so a filtered search reads the sub-partitions
 * that can answer it instead of the first 40 organizations of the segment by id.
 */
const SOUGHT = 'semi.power-semiconductors';
const OFFERED = 'nev.electric-drive';

const org = (id: string, overrides: Partial<Organization>): Organization =>
  anOrganization({
    id,
    offers: [{ segmentId: SOUGHT }],
    seeks: [],
    cooperationModes: ['JOINT_RND', 'TECHNOLOGY_LICENSING'],
    preferences: { countries: [], types: [], parks: [], languages: ['en'] },
    verification: 'VERIFIED',
    ...overrides,
  });

/** The Chinese electric-drive maker searching; it wants power semiconductors and research partners. */
const SEEKER = org('seeker-cn', { country: 'CN', offers: [{ segmentId: OFFERED }], seeks: [SOUGHT] });

/**
 * 60 verified enterprises of both countries offering the sought segment, whose
 * ids sort before everyone else: before the candidate index, the first 40 of
 * the segment's partition by (verified, id) were all of them.
 */
const FILLERS = Array.from({ length: 60 }, (_, i) =>
  org(`a-filler-${String(i).padStart(2, '0')}`, { country: i % 2 === 0 ? 'KR' : 'CN', type: 'ENTERPRISE' }),
);

/** Korean universities and institutes in the sought segment: the best candidates of a search for research bodies in Korea. */
const RESEARCH = ['z-institute-1', 'z-university-1', 'z-university-2'].map((id) =>
  org(id, { country: 'KR', type: id.includes('institute') ? 'RESEARCH_INSTITUTE' : 'UNIVERSITY', verification: 'UNVERIFIED' }),
);

const criteria = (overrides: Partial<PartnerSearchCriteria> = {}): PartnerSearchCriteria => ({
  organizationId: SEEKER.id,
  countries: [],
  types: [],
  chains: [],
  segments: [],
  modes: [],
  minScore: 0,
  verifiedOnly: false,
  crossBorder: true,
  includeDeclined: false,
  first: 10,
  locale: 'en',
  ...overrides,
});

describe('the candidate index', () => {
  let table: TestTable;
  const search = async (input: Partial<PartnerSearchCriteria> = {}) => {
    const request = createAppRequest({
      store: table.store,
      principal: { role: 'MEMBER', subject: 'candidate-index', memberships: [] },
      now: new Date(),
      locale: 'en',
    });
    return (await searchPartners(request, criteria(input))).map((assessed) => assessed.fit.candidate.id);
  };

  beforeAll(async () => {
    table = await createTestTable('candidate-index');
    await table.store.organizations.importMany([SEEKER, ...FILLERS, ...RESEARCH]);
  });

  afterAll(async () => {
    await table.drop();
  });

  it('returns the universities and institutes in the other country that 60 enterprises sorting before them used to hide', async () => {
    const found = await search({ countries: ['KR'], types: ['UNIVERSITY', 'RESEARCH_INSTITUTE'] });
    expect(found.sort()).toEqual(RESEARCH.map((r) => r.id).sort());
  });

  it('finds a newly registered organization in others’ searches at once, and searches for it', async () => {
    const newcomer = org('z-newcomer-kr', { country: 'KR', type: 'UNIVERSITY', seeks: [OFFERED], verification: 'UNVERIFIED' });
    await table.store.organizations.create(newcomer);
    expect(await search({ countries: ['KR'], types: ['UNIVERSITY'] })).toContain(newcomer.id);
    // Its own search, right after its registration: the seeker offering what it seeks.
    const ownRequest = createAppRequest({
      store: table.store,
      principal: { role: 'MEMBER', subject: 'newcomer', memberships: [] },
      now: new Date(),
      locale: 'en',
    });
    const own = await searchPartners(ownRequest, criteria({ organizationId: newcomer.id }));
    expect(own.map((assessed) => assessed.fit.candidate.id)).toContain(SEEKER.id);
  });

  it('removes a suspended organization’s index items in its suspension’s transaction, so no search finds it', async () => {
    const target = RESEARCH[0]!;
    const stored = (await table.store.organizations.get(target.id))!;
    await table.store.organizations.replace(stored, { ...stored, verification: 'SUSPENDED', version: stored.version + 1 });
    const items = await allItems(table);
    expect(items.filter((item) => item.entity === 'MATCH_INDEX' && item.organizationId === target.id)).toEqual([]);
    expect(await search({ countries: ['KR'], types: ['UNIVERSITY', 'RESEARCH_INSTITUTE'] })).not.toContain(target.id);
  });

  it('is built for a table written before it by npm run reindex, which deletes the old segment index items', async () => {
    const client = createDocumentClient(createDynamoClient({ region: TEST_REGION, endpoint: table.endpoint }));
    const legacy = RESEARCH[1]!;
    const stored = (await table.store.organizations.get(legacy.id))!;
    // Rewind the organization to the pre-issue-13 layout: SEGMENT#<S> / OFFERS#<tier>#<id>, recorded in writtenKeys.
    const profileItem = (await allItems(table)).find((item) => item.pk === `ORG#${legacy.id}` && item.sk === 'PROFILE')!;
    const current = organizationIndexItems(stored);
    const oldKey = { pk: `SEGMENT#${SOUGHT}`, sk: `OFFERS#2#${legacy.id}` };
    for (const item of current) await client.send(new DeleteCommand({ TableName: table.tableName, Key: { pk: item.pk, sk: item.sk } }));
    await client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: {
          ...oldKey,
          entity: 'MATCH_INDEX',
          role: 'OFFERS',
          segmentId: SOUGHT,
          organizationId: legacy.id,
          profile: matchProfileOf(stored),
          modelVersion: profileItem.modelVersion,
        },
      }),
    );
    const writtenKeys = (profileItem.writtenKeys as { pk: string; sk: string }[]).filter((key) => !key.pk.startsWith('CANDIDATES#'));
    await client.send(new PutCommand({ TableName: table.tableName, Item: { ...profileItem, writtenKeys: [...writtenKeys, oldKey] } }));
    client.destroy();
    expect(await search({ countries: ['KR'], types: ['UNIVERSITY'] })).not.toContain(legacy.id);

    const options = { batchSize: 25, now: new Date() };
    expect((await reindex(table.store, { ...options, apply: false })).needing).toBe(1);
    expect((await reindex(table.store, { ...options, apply: true })).rewritten).toBe(1);
    const keys = (await allItems(table))
      .filter((item) => item.organizationId === legacy.id && item.entity === 'MATCH_INDEX')
      .map((item) => `${String(item.pk)} ${String(item.sk)}`);
    expect(keys).toEqual(current.map((item) => `${item.pk} ${item.sk}`));
    expect(await search({ countries: ['KR'], types: ['UNIVERSITY'] })).toContain(legacy.id);
    expect((await reindex(table.store, { ...options, apply: false })).needing).toBe(0);
  });
});
