import { describe, expect, it } from 'vitest';
import { INPUT_LIMITS } from '../../../functions/core/input-limits.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { organizationIndexItems } from '../../../functions/store/items/organization-index-items.js';
import {
  allOrganizationItems,
  organizationListingItems,
  organizationProfileItem,
} from '../../../functions/store/items/organization-items.js';
import { replaceItemsTransaction, TRANSACTION_ITEM_LIMIT } from '../../../functions/store/transaction-plan.js';
import { NOT_EXISTS, versionIs } from '../../../functions/store/write-conditions.js';
import { industryChainData } from '../../../functions/core/industry-chain/data/index.js';
import type { Organization } from '../../../functions/core/organization.js';
import { anOrganization } from '../../support/organization-factory.js';

const TABLE = 'chainfit-test';

function updatePlan(before: Organization, after: Organization) {
  return replaceItemsTransaction({
    tableName: TABLE,
    main: organizationProfileItem(after),
    condition: versionIs(before.version),
    after: [...organizationListingItems(after, zoneIndustryChainModel.chainCatalog), ...organizationIndexItems(after)],
    before: [...allOrganizationItems(before, zoneIndustryChainModel.chainCatalog), ...organizationIndexItems(before)],
  });
}

const describeWrite = (item: ReturnType<typeof updatePlan>[number]) =>
  item.Put ? `Put ${item.Put.Item?.pk} ${item.Put.Item?.sk}` : `Delete ${item.Delete?.Key?.pk} ${item.Delete?.Key?.sk}`;

describe('the transaction replacing an organization', () => {
  it('deletes the old segment’s index and listing items and puts the new segment’s, conditional on the read version', () => {
    const before = anOrganization({ version: 3, offers: [{ segmentId: 'semi.power-semiconductors' }] });
    const after = { ...before, version: 4, offers: [{ segmentId: 'nev.motor-controllers' }] };
    const writes = updatePlan(before, after).map(describeWrite);
    const [oldIndex] = organizationIndexItems(before);
    const [newIndex] = organizationIndexItems(after);
    expect(oldIndex?.pk).toContain('CANDIDATES#OFFERS#semi.power-semiconductors#');
    expect(writes).toContain(`Delete ${oldIndex?.pk} ${oldIndex?.sk}`);
    expect(writes).toContain('Delete ORG#org-hanbit LIST#SEGMENT#semi.power-semiconductors');
    expect(writes).toContain(`Put ${newIndex?.pk} ${newIndex?.sk}`);
    expect(writes).toContain('Put ORG#org-hanbit LIST#SEGMENT#nev.motor-controllers');
    expect(updatePlan(before, after)[0]?.Put?.ConditionExpression).toBe('#version = :expectedVersion');
    expect(updatePlan(before, after)[0]?.Put?.ExpressionAttributeValues).toEqual({ ':expectedVersion': 3 });
  });

  it('stays far below DynamoDB’s 100-item limit even when every segment and park changes', () => {
    const segments = industryChainData.groups.flatMap((g) => g.chains.map((c) => c.stages[0]!.segments[0]!.id));
    const parks = industryChainData.parks.map((p) => p.id);
    const profile = (offset: number): Organization =>
      anOrganization({
        offers: segments.slice(offset, offset + INPUT_LIMITS.offeredSegments).map((segmentId) => ({ segmentId })),
        seeks: segments.slice(offset + 8, offset + 8 + INPUT_LIMITS.soughtSegments),
        preferences: { countries: [], types: [], languages: [], parks: parks.slice(offset, offset + INPUT_LIMITS.preferredParks) },
      });
    const items = updatePlan(profile(0), profile(16));
    expect(items.length).toBeLessThanOrEqual(50);
    expect(items.length).toBeLessThan(TRANSACTION_ITEM_LIMIT);
  });

  it('creates on condition that the profile does not exist', () => {
    const org = anOrganization();
    const items = replaceItemsTransaction({
      tableName: TABLE,
      main: organizationProfileItem(org),
      condition: NOT_EXISTS,
      after: [],
      before: [],
    });
    expect(items).toHaveLength(1);
    expect(items[0]?.Put?.ConditionExpression).toBe('attribute_not_exists(pk)');
  });
});
