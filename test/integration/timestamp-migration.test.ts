import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { allItems } from '../support/table-contents.js';
import { aCollaboration, anOrganization } from '../support/organization-factory.js';
import { migrateTimestamps } from '../../functions/store/timestamp-migration.js';
import type { Collaboration } from '../../functions/core/collaboration.js';

/**
 * The one-time migration of finding 1, on a table seeded with the formats the
 * API used to store as typed: a dry run counts, the run rewrites each
 * collaboration with its listing and index items in UTC, keeping the instant,
 * reports what it cannot read, and a second run finds nothing to do.
 */
const OWNER_ID = 'org-legacy-owner';
const NOW = new Date();
const inDays = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
const SEOUL = `${inDays(30).toISOString().slice(0, 19)}+09:00`;
const UTC_STRING = inDays(60).toUTCString();
const US_DAY = inDays(200);
const US_DATE = `${String(US_DAY.getUTCMonth() + 1).padStart(2, '0')}/${String(US_DAY.getUTCDate()).padStart(2, '0')}/${US_DAY.getUTCFullYear()}`;

const legacy: Collaboration[] = [
  aCollaboration({ id: 'col-legacy-seoul', ownerOrganizationId: OWNER_ID, expiresAt: SEOUL }),
  aCollaboration({ id: 'col-legacy-utc-string', ownerOrganizationId: OWNER_ID, expiresAt: UTC_STRING }),
  aCollaboration({ id: 'col-legacy-us-date', ownerOrganizationId: OWNER_ID, expiresAt: US_DATE }),
  aCollaboration({ id: 'col-unreadable', ownerOrganizationId: OWNER_ID, expiresAt: 'next spring', status: 'CLOSED' }),
  aCollaboration({ id: 'col-canonical', ownerOrganizationId: OWNER_ID, expiresAt: inDays(90).toISOString() }),
];

describe('npm run migrate:timestamps', () => {
  let table: TestTable;
  const options = { batchSize: 2, now: NOW };
  const expiriesOf = async (id: string) =>
    (await allItems(table)).flatMap((item) => {
      if (item.collaborationId !== id && item.id !== id) return [];
      return [String((item.collaboration as { expiresAt?: string } | undefined)?.expiresAt ?? item.expiresAt)];
    });

  beforeAll(async () => {
    table = await createTestTable('timestamp-migration');
    await table.store.organizations.create(anOrganization({ id: OWNER_ID }));
    await table.store.collaborations.importMany(legacy, NOW);
  });

  afterAll(async () => {
    await table.drop();
  });

  it('counts the expiries to normalise in a dry run and writes nothing', async () => {
    const before = await allItems(table);
    const report = await migrateTimestamps(table.store, { ...options, apply: false });
    expect(report).toMatchObject({ examined: 6, needing: 3, rewritten: 0 });
    expect(report.unfixable).toEqual([{ id: 'col-unreadable', reason: expect.stringContaining('next spring') }]);
    expect(await allItems(table)).toEqual(before);
  });

  it('rewrites each expiry in UTC on the collaboration, its listing and its index items, keeping the instant', async () => {
    const report = await migrateTimestamps(table.store, { ...options, apply: true });
    expect(report).toMatchObject({ needing: 3, rewritten: 3, skippedConcurrent: 0 });
    for (const [id, typed] of [
      ['col-legacy-seoul', SEOUL],
      ['col-legacy-utc-string', UTC_STRING],
      ['col-legacy-us-date', US_DATE],
    ] as const) {
      const expiries = await expiriesOf(id);
      expect(expiries.length).toBeGreaterThan(3);
      expect(new Set(expiries)).toEqual(new Set([new Date(Date.parse(typed)).toISOString()]));
    }
    expect((await table.store.collaborations.get('col-legacy-seoul'))?.version).toBe(legacy[0]!.version);
  });

  it('lists the migrated collaborations by status as effectiveStatus reads them', async () => {
    const open = await table.store.collaborations.list({ owner: OWNER_ID, status: 'OPEN' }, 50, undefined, inDays(45));
    expect(open.edges.map((edge) => edge.node.id).sort()).toEqual(['col-canonical', 'col-legacy-us-date', 'col-legacy-utc-string']);
  });

  it('finds nothing left to do on a second run', async () => {
    const report = await migrateTimestamps(table.store, { ...options, apply: true });
    expect(report).toMatchObject({ needing: 0, rewritten: 0 });
  });
});
