import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { aDriveMaker, anIgbtMaker, aPostingOf, memberOf } from '../support/match-scenario.js';
import { createAppRequest } from '../../functions/app/app-request.js';
import { updateCollaboration } from '../../functions/app/collaborations.js';
import { recommendedCollaborations } from '../../functions/app/recommendations.js';
import { collaborationIndexItems } from '../../functions/store/items/collaboration-index-items.js';
import type { Organization } from '../../functions/core/organization.js';

/**
 * Finding 7 of issue 19: a collaboration closed for interest is refused by
 * expressInterest, so matching must not recommend it either: it leaves the
 * open-collaboration index, and index items an older write left are skipped.
 */
describe('recommendations of collaborations closed for interest', () => {
  let table: TestTable;
  let igbtMaker: Organization;
  let driveMaker: Organization;
  const request = () => createAppRequest({ store: table.store, principal: memberOf(driveMaker.id), now: new Date(), locale: 'en' });
  const recommendedIds = async () =>
    (await recommendedCollaborations(request(), { organizationId: driveMaker.id, first: 20, minScore: 0, locale: 'en' })).map(
      (r) => r.collaborationId,
    );

  beforeAll(async () => {
    table = await createTestTable('recommendation-index');
    igbtMaker = await anIgbtMaker(table.store);
    driveMaker = await aDriveMaker(table.store);
  });

  afterAll(async () => {
    await table.drop();
  });

  it('recommends an open collaboration, and no longer once its owner closes it for interest', async () => {
    const posting = await aPostingOf(table.store, igbtMaker);
    expect(await recommendedIds()).toContain(posting.id);
    const owner = createAppRequest({ store: table.store, principal: memberOf(igbtMaker.id), now: new Date(), locale: 'en' });
    await updateCollaboration(owner, { id: posting.id, version: posting.version, patch: { openForInterest: false } });
    expect(await recommendedIds()).not.toContain(posting.id);
    expect(await table.store.matchIndex.openCollaborationsIn(posting.segments[0]!, { limit: 50 })).not.toContainEqual(
      expect.objectContaining({ id: posting.id }),
    );
  });

  it('skips index items an older write left for a collaboration closed for interest', async () => {
    const posting = await aPostingOf(table.store, igbtMaker, { openForInterest: false });
    const [leftOver] = collaborationIndexItems({ ...posting, openForInterest: true }, new Date());
    await table.store.gateway.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...leftOver!, collaboration: { ...(leftOver!.collaboration as object), openForInterest: false } },
      }),
    );
    const read = await table.store.matchIndex.openCollaborationsIn(posting.segments[0]!, { limit: 50 });
    expect(read.map((snapshot) => snapshot.id)).not.toContain(posting.id);
    expect(await recommendedIds()).not.toContain(posting.id);
  });
});
