import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { aCollaborationDraft, anOrganization } from '../support/organization-factory.js';
import { memberOf } from '../support/match-scenario.js';
import { allItems } from '../support/table-contents.js';
import { createAppRequest } from '../../functions/app/app-request.js';
import { postCollaboration } from '../../functions/app/collaborations.js';
import { ConflictError } from '../../functions/core/errors.js';
import { IDEMPOTENCY_WINDOW_SECONDS } from '../../functions/store/items/idempotency-items.js';

/**
 * Finding 2 of issue 19: an idempotency key is remembered for its 24-hour
 * window, not until DynamoDB's TTL gets round to deleting the record (days
 * later). DynamoDB Local never deletes by TTL, so every record here is still
 * stored when the window has passed, as it may be on DynamoDB.
 */
const OWNER_ID = 'org-idempotent-owner';
const FIRST_POST = new Date('2026-06-01T00:00:00.000Z');
const HOUR = 3_600_000;

describe('idempotency records past their window', () => {
  let table: TestTable;
  let keys = 0;
  const post = (at: Date, key: string, title: string) =>
    postCollaboration(
      createAppRequest({ store: table.store, principal: memberOf(OWNER_ID), now: at, locale: 'en' }),
      aCollaborationDraft({ ownerOrganizationId: OWNER_ID, title: { en: title } }),
      key,
    );
  const collaborationsStored = async () => (await allItems(table)).filter((item) => item.entity === 'COLLABORATION').length;

  beforeAll(async () => {
    table = await createTestTable('idempotency-expiry');
    await table.store.organizations.create(anOrganization({ id: OWNER_ID }));
  });

  afterAll(async () => {
    await table.drop();
  });

  it('still replays the first result, and refuses other content, inside the window', async () => {
    const key = `inside-window-key-${++keys}`;
    const first = await post(FIRST_POST, key, 'First');
    const inside = new Date(FIRST_POST.getTime() + IDEMPOTENCY_WINDOW_SECONDS * 1000 - HOUR);
    expect((await post(inside, key, 'First')).id).toBe(first.id);
    await expect(post(inside, key, 'Different')).rejects.toBeInstanceOf(ConflictError);
  });

  it('accepts the key for new content three days after its window, though the expired record is still stored', async () => {
    const key = `three-days-late-key-${++keys}`;
    const first = await post(FIRST_POST, key, 'First');
    const count = await collaborationsStored();
    const threeDaysLate = new Date(FIRST_POST.getTime() + IDEMPOTENCY_WINDOW_SECONDS * 1000 + 72 * HOUR);
    const second = await post(threeDaysLate, key, 'New content');
    expect(second.id).not.toBe(first.id);
    expect(await collaborationsStored()).toBe(count + 1);
    // The key's new window starts with the new record: a retry now replays the second result.
    expect((await post(new Date(threeDaysLate.getTime() + HOUR), key, 'New content')).id).toBe(second.id);
  });

  it('creates anew for the same content after the window instead of replaying a forgotten result', async () => {
    const key = `same-content-late-key-${++keys}`;
    const first = await post(FIRST_POST, key, 'Same');
    const late = new Date(FIRST_POST.getTime() + IDEMPOTENCY_WINDOW_SECONDS * 1000 + HOUR);
    expect((await post(late, key, 'Same')).id).not.toBe(first.id);
  });
});
