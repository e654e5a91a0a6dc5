import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { anIgbtMaker, aPostingOf, memberOf } from '../support/match-scenario.js';
import { storeMembershipsOf } from '../support/memberships.js';
import { createAppRequest } from '../../functions/app/app-request.js';
import { notifyCollaborationExpiry } from '../../functions/app/collaboration-expiry.js';
import { ANONYMOUS } from '../../functions/core/access/principal.js';

const DAY_MS = 86_400_000;

describe('the daily collaboration expiry check', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable('expiry-check');
  });

  afterAll(async () => {
    await table.drop();
  });

  const runAt = (now: Date) => notifyCollaborationExpiry(createAppRequest({ store: table.store, principal: ANONYMOUS, now, locale: 'en' }));

  it('warns the owner once 14 days ahead and once at expiry, never twice, and leaves other collaborations alone', async () => {
    const owner = await anIgbtMaker(table.store);
    const member = memberOf(owner.id);
    await storeMembershipsOf(table.store, member);
    const now = new Date();
    const soon = await aPostingOf(table.store, owner, { expiresAt: new Date(now.getTime() + 10 * DAY_MS).toISOString() });
    await aPostingOf(table.store, owner, { expiresAt: new Date(now.getTime() + 30 * DAY_MS).toISOString() });

    const first = await runAt(now);
    const again = await runAt(new Date(now.getTime() + DAY_MS));
    const afterExpiry = await runAt(new Date(Date.parse(soon.expiresAt) + DAY_MS));
    const dayAfter = await runAt(new Date(Date.parse(soon.expiresAt) + 2 * DAY_MS));

    expect(first).toMatchObject({ expiring: 1, written: 1 });
    expect(again).toMatchObject({ expiring: 1, written: 0 });
    expect(afterExpiry).toMatchObject({ expired: 1, written: 1 });
    expect(dayAfter).toMatchObject({ expired: 1, written: 0 });
    const page = await table.store.notifications.list({ subject: `member-of-${owner.id}`, unreadOnly: false, first: 10 });
    expect(page.edges.map((edge) => [edge.node.kind, edge.node.collaborationId, edge.node.relatedName?.en])).toEqual([
      ['COLLABORATION_EXPIRED', soon.id, soon.title.en],
      ['COLLABORATION_EXPIRING', soon.id, soon.title.en],
    ]);
  });
});
