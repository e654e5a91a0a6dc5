import { describe, expect, it } from 'vitest';
import { COLLABORATION_ITEM } from '../../../functions/store/items/collaboration-items.js';
import { MEETING_ITEM } from '../../../functions/store/items/event-items.js';
import { NOTIFYING_ENTITY_TAGS } from '../../../functions/store/items/notifying-entities.js';
import { MATCH_ITEM } from '../../../functions/store/items/match-items.js';
import { ORGANIZATION_ITEM } from '../../../functions/store/items/organization-items.js';
import { INVITATION_ITEM } from '../../../functions/store/items/membership-items.js';
import { recordChangeOf } from '../../../functions/store/stream-changes.js';

describe('the entities the worker’s event filter passes', () => {
  it('are exactly those whose stream records become domain changes', () => {
    expect([...NOTIFYING_ENTITY_TAGS]).toEqual([
      MATCH_ITEM.entity,
      ORGANIZATION_ITEM.entity,
      INVITATION_ITEM.entity,
      COLLABORATION_ITEM.entity,
      MEETING_ITEM.entity,
    ]);
    const listing = { dynamodb: { NewImage: { pk: { S: 'ORG#x' }, sk: { S: 'LIST#ALL' }, entity: { S: 'ORGANIZATION_LISTING' } } } };
    expect(recordChangeOf(listing)).toBeNull();
  });
});
