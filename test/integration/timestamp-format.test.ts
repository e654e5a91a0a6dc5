import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { aCollaborationDraft, anOrganization, aPostInput } from '../support/organization-factory.js';
import { memberOf } from '../support/match-scenario.js';
import { createAppRequest, type AppRequest } from '../../functions/app/app-request.js';
import { listCollaborations, postCollaboration } from '../../functions/app/collaborations.js';
import { zoneStatistics } from '../../functions/app/statistics.js';
import type { Principal } from '../../functions/core/access/principal.js';

/**
 * Finding 1 of issue 19: expiresAt was stored as typed and compared as text.
 * A client's time is now parsed strictly (ISO 8601 with an offset or Z) and
 * stored in UTC, so the list's text comparison, effectiveStatus and the
 * statistics agree.
 */
const OWNER_ID = 'org-timekeeper';
const ADMIN: Principal = { role: 'ADMIN', subject: 'zone-officer' };
const POST = 'mutation($input: PostCollaborationInput!) { postCollaboration(input: $input) { id expiresAt } }';
const PUBLISHED = new Date('2026-06-01T00:00:00.000Z');

/** `at` written in local time at UTC+09:00 (Seoul), as a Korean client might send it. */
function inSeoulTime(at: Date): string {
  return `${new Date(at.getTime() + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;
}

describe('collaboration expiry: one time format', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let keys = 0;
  const requestAt = (now: Date, principal: Principal = memberOf(OWNER_ID)): AppRequest =>
    createAppRequest({ store: table.store, principal, now, locale: 'en' });

  beforeAll(async () => {
    table = await createTestTable('timestamp-format');
    client = await graphqlClient(table.store);
    await table.store.organizations.create(anOrganization({ id: OWNER_ID }));
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('stores an expiry given with a +09:00 offset in UTC and lists it as EXPIRED seconds after it expired', async () => {
    const expiry = new Date(PUBLISHED.getTime() + 6_000);
    const draft = aCollaborationDraft({ ownerOrganizationId: OWNER_ID, expiresAt: inSeoulTime(expiry) });
    const posted = await postCollaboration(requestAt(PUBLISHED), draft, `seoul-offset-key-${++keys}`);
    expect((await table.store.collaborations.get(posted.id))?.expiresAt).toBe(expiry.toISOString());

    const later = requestAt(new Date(expiry.getTime() + 1_000));
    const ids = async (status: 'OPEN' | 'EXPIRED') =>
      (await listCollaborations(later, { owner: OWNER_ID, status })).edges.map((edge) => edge.node.id);
    expect(await ids('OPEN')).not.toContain(posted.id);
    expect(await ids('EXPIRED')).toContain(posted.id);
    const statistics = await zoneStatistics(requestAt(later.now, ADMIN));
    expect(statistics.collaborations.byStatus.find((entry) => entry.key === 'EXPIRED')?.count).toBe((await ids('EXPIRED')).length);
  });

  it.each([
    ['toUTCString() text', new Date(Date.now() + 30 * 86_400_000).toUTCString()],
    ['a US date', '06/30/2027'],
    ['a local time without an offset', new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 19)],
  ])('refuses %s with BAD_USER_INPUT naming input.expiresAt, writing nothing', async (_what, expiresAt) => {
    const result = await client.executeAs(memberOf(OWNER_ID), POST, {
      input: aPostInput(`refused-format-key-${++keys}`, OWNER_ID, { expiresAt }),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.expiresAt' });
    expect(result.data?.postCollaboration ?? null).toBeNull();
  });

  it('answers the stored UTC form through GraphQL', async () => {
    const expiry = new Date(Math.floor(Date.now() / 1000) * 1000 + 40 * 86_400_000);
    const result = await client.executeAs<{ postCollaboration: { expiresAt: string } }>(memberOf(OWNER_ID), POST, {
      input: aPostInput(`utc-answer-key-${++keys}`, OWNER_ID, { expiresAt: inSeoulTime(expiry) }),
    });
    expect(result.data?.postCollaboration.expiresAt).toBe(expiry.toISOString());
  });
});
