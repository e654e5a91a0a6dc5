import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reviewQueueItems } from '../../functions/store/items/review-queue-items.js';
import { MEMBER_COUNT_ITEM, ORGANIZATION_MEMBER_ITEM, PERSON_MEMBERSHIP_ITEM } from '../../functions/store/items/membership-items.js';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { allItems } from '../support/table-contents.js';
import { anIgbtMaker, memberOf } from '../support/match-scenario.js';
import { organizationListingItems, organizationProfileItem } from '../../functions/store/items/organization-items.js';
import { organizationIndexItems } from '../../functions/store/items/organization-index-items.js';
import { zoneIndustryChainModel } from '../../functions/core/industry-chain/zone-model.js';
import type { Organization } from '../../functions/core/organization.js';

/**
 * Optimistic concurrency under a burst: many members update one profile from
 * the same version at once. (50 parallel expressInterest calls for one pair
 * are covered by match-workflow-graphql.test.ts.)
 */
const UPDATE = 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id version city offers { segmentId } } }';

/** Each racer moves the profile to a different city and offered segment, so the winner is recognisable everywhere. */
const SEGMENTS = [
  'semi.power-semiconductors',
  'nev.battery-cells',
  'nev.electric-drive',
  'nev.motor-controllers',
  'nev.charging-infrastructure',
];

describe('50 parallel updates of one profile with the same version', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let original: Organization;

  beforeAll(async () => {
    table = await createTestTable('concurrent-updates');
    client = await graphqlClient(table.store);
    original = await anIgbtMaker(table.store);
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('lets exactly one succeed, answers CONFLICT to the rest, and leaves profile, listing and index items consistent', async () => {
    const segmentFor = (i: number) => SEGMENTS[i % SEGMENTS.length]!;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        client.executeAs<{ updateOrganization: { version: number; city: string } }>(memberOf(original.id), UPDATE, {
          input: { id: original.id, version: original.version, city: `City ${i}`, offers: [{ segmentId: segmentFor(i) }] },
        }),
      ),
    );
    const winners = results.filter((result) => !result.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => errorCode(result) === 'CONFLICT')).toHaveLength(49);
    const winner = winners[0]!.data!.updateOrganization;
    expect(winner.version).toBe(original.version + 1);

    const stored = await table.store.organizations.get(original.id);
    expect(stored).toMatchObject({ version: original.version + 1, city: winner.city });
    const index = Number(winner.city.replace('City ', ''));
    expect(stored!.offers).toEqual([{ segmentId: segmentFor(index) }]);

    // Every item that represents the organization is exactly what the stored profile implies.
    const expected = [
      organizationProfileItem(stored!),
      ...organizationListingItems(stored!, zoneIndustryChainModel.chainCatalog),
      ...organizationIndexItems(stored!),
      ...reviewQueueItems(stored!),
    ];
    // Membership items share the organization's partition but are not written by profile updates.
    const memberships = new Set([ORGANIZATION_MEMBER_ITEM.entity, PERSON_MEMBERSHIP_ITEM.entity, MEMBER_COUNT_ITEM.entity]);
    const actual = (await allItems(table)).filter(
      (item) => (item.pk === `ORG#${original.id}` || item.organizationId === original.id) && !memberships.has(String(item.entity)),
    );
    const keyOf = (item: Record<string, unknown>) => `${String(item.pk)}|${String(item.sk)}`;
    expect(actual.map(keyOf).sort()).toEqual(expected.map(keyOf).sort());
    // Each carries the builder's attributes plus the model version it was built with (the profile also lists the others' keys).
    for (const item of expected) {
      const stored = actual.find((candidate) => keyOf(candidate) === keyOf(item));
      expect(stored).toMatchObject({ ...item, modelVersion: zoneIndustryChainModel.version });
    }
  });
});
