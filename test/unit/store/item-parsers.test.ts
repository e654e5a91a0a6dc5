import { describe, expect, it } from 'vitest';
import { matchProfileOf } from '../../../functions/core/match-profile.js';
import { collaborationSnapshotOf } from '../../../functions/core/collaboration-snapshot.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { collaborationIndexItems, COLLABORATION_INDEX_ITEM } from '../../../functions/store/items/collaboration-index-items.js';
import {
  collaborationItem,
  COLLABORATION_ITEM,
  collaborationListingItems,
  COLLABORATION_LISTING_ITEM,
} from '../../../functions/store/items/collaboration-items.js';
import { IDEMPOTENCY_ITEM, idempotencyItem } from '../../../functions/store/items/idempotency-items.js';
import { MalformedItemError } from '../../../functions/store/items/item-parser.js';
import { MATCH_ITEM, matchItem, MUTUAL_PAIR_ITEM, mutualPairItem } from '../../../functions/store/items/match-items.js';
import { MATCH_INDEX_ITEM, organizationIndexItems } from '../../../functions/store/items/organization-index-items.js';
import {
  ORGANIZATION_ITEM,
  ORGANIZATION_LISTING_ITEM,
  organizationListingItems,
  organizationProfileItem,
} from '../../../functions/store/items/organization-items.js';
import { DATASET_MARKER_ITEM, datasetMarkerItem } from '../../../functions/store/items/system-items.js';
import { aFitSnapshot, aMatchRecord } from '../../support/match-factory.js';
import { aCollaboration, anOrganization, NOW } from '../../support/organization-factory.js';

const catalog = zoneIndustryChainModel.chainCatalog;

/** The error a parse throws, for its message and fields. */
function parseError(parse: () => unknown): MalformedItemError {
  try {
    parse();
  } catch (error) {
    if (error instanceof MalformedItemError) return error;
    throw error;
  }
  throw new Error('expected a MalformedItemError');
}

describe('items read back', () => {
  it('give back the organization a profile was written from, every optional field included', () => {
    const org = anOrganization();
    expect(ORGANIZATION_ITEM.parse(organizationProfileItem(org))).toStrictEqual(org);
  });

  it('give back an organization without its optional fields, none added as undefined', () => {
    const { region: _r, city: _c, website: _w, foundedYear: _f, sizeBand: _s, technology: _t, ...bare } = anOrganization();
    expect(ORGANIZATION_ITEM.parse(organizationProfileItem(bare))).toStrictEqual(bare);
  });

  it('give back the collaboration, its open-collaboration snapshot and its listing summary', () => {
    const collaboration = aCollaboration();
    expect(COLLABORATION_ITEM.parse(collaborationItem(collaboration))).toStrictEqual(collaboration);
    expect(COLLABORATION_INDEX_ITEM.parse(collaborationIndexItems(collaboration, NOW)[0]!)).toStrictEqual(
      collaborationSnapshotOf(collaboration),
    );
    expect(COLLABORATION_LISTING_ITEM.parse(collaborationListingItems(collaboration, catalog)[0]!)).toMatchObject({
      collaborationId: 'col-sic',
      status: 'OPEN',
    });
  });

  it('give back the match profile of an index item and the organization id of a listing item', () => {
    const org = anOrganization();
    expect(MATCH_INDEX_ITEM.parse(organizationIndexItems(org)[0]!)).toStrictEqual(matchProfileOf(org));
    expect(ORGANIZATION_LISTING_ITEM.parse(organizationListingItems(org, catalog)[0]!).organizationId).toBe('org-hanbit');
  });

  it('give back a match record with its fit snapshot, and one without fit', () => {
    const record = aMatchRecord({ fit: aFitSnapshot(), collaborationId: 'col-1' });
    expect(MATCH_ITEM.parse(matchItem(record))).toStrictEqual(record);
    expect(MATCH_ITEM.parse(matchItem({ ...record, fit: null }))).toStrictEqual({ ...record, fit: null });
    expect(MUTUAL_PAIR_ITEM.parse(mutualPairItem(record))).toStrictEqual({ firstMatchId: record.id, since: record.updatedAt });
  });

  it('give back idempotency records and the data-set marker', () => {
    const item = idempotencyItem({ operation: 'registerOrganization', scope: 'user-1', key: 'k', payload: { a: 1 } }, 'org-1', NOW);
    expect(IDEMPOTENCY_ITEM.parse(item)).toMatchObject({ resultId: 'org-1' });
    const marker = { dataset: 'demo', version: 'v1', loadedAt: NOW.toISOString() };
    expect(DATASET_MARKER_ITEM.parse(datasetMarkerItem(marker))).toStrictEqual(marker);
  });
});

describe('a malformed item', () => {
  it('names its key, its entity and the attribute that does not fit', () => {
    const item = { ...organizationProfileItem(anOrganization()), country: 'JP' };
    const error = parseError(() => ORGANIZATION_ITEM.parse(item));
    expect(error).toMatchObject({ entity: 'ORGANIZATION', attribute: 'country', key: { pk: 'ORG#org-hanbit', sk: 'PROFILE' } });
    expect(error.message).toContain('ORG#org-hanbit');
    expect(error.message).toContain('one of CN, KR');
  });

  it('names the path of a nested attribute', () => {
    const org = anOrganization();
    const item = { ...organizationProfileItem(org), preferences: { ...org.preferences, parks: ['ok', 7] } };
    expect(parseError(() => ORGANIZATION_ITEM.parse(item)).attribute).toBe('preferences.parks[1]');
  });

  it('reports a missing required attribute', () => {
    const { version: _v, ...item } = collaborationItem(aCollaboration());
    expect(parseError(() => COLLABORATION_ITEM.parse(item)).message).toContain('version missing');
  });

  it('is refused when it carries another entity tag', () => {
    const listing = organizationListingItems(anOrganization(), catalog)[0]!;
    expect(parseError(() => ORGANIZATION_ITEM.parse(listing))).toMatchObject({ attribute: 'entity' });
  });

  it('reports a value carried in an attribute by that attribute', () => {
    const item = { ...organizationIndexItems(anOrganization())[0]!, profile: JSON.stringify({ id: 'x' }) };
    expect(parseError(() => MATCH_INDEX_ITEM.parse(item)).attribute).toBe('profile.type');
  });

  it('stores a candidate index profile as JSON text and refuses text that is not JSON', () => {
    const item = organizationIndexItems(anOrganization())[0]!;
    expect(typeof item.profile).toBe('string');
    expect(parseError(() => MATCH_INDEX_ITEM.parse({ ...item, profile: '{"id":' })).attribute).toBe('profile');
  });

  it('still reads a candidate index profile written as a map before the JSON-text encoding', () => {
    const org = anOrganization();
    const item = organizationIndexItems(org)[0]!;
    expect(MATCH_INDEX_ITEM.parse({ ...item, profile: JSON.parse(item.profile as string) as unknown })).toStrictEqual(matchProfileOf(org));
  });
});
