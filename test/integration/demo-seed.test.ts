import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { allItems } from '../support/table-contents.js';
import { seedDemoData } from '../../scripts/demo/seed-demo-data.js';

describe('loading the demo data set', () => {
  let table: TestTable;
  const now = new Date();

  beforeAll(async () => {
    table = await createTestTable('demo-seed');
  });

  afterAll(async () => {
    await table.drop();
  });

  it('loads every organization and posting with their index items, and a reload duplicates nothing', async () => {
    const first = await seedDemoData(table.store, { now });
    expect(first.organizations).toBeGreaterThanOrEqual(150);
    const afterFirst = await allItems(table);
    expect(afterFirst.filter((item) => item.sk === 'PROFILE')).toHaveLength(first.organizations!);
    expect(afterFirst.filter((item) => item.sk === 'POSTING')).toHaveLength(first.collaborations!);

    expect((await seedDemoData(table.store, { now })).loaded).toBe(false);
    await seedDemoData(table.store, { now, force: true });
    expect(await allItems(table)).toHaveLength(afterFirst.length);
  });

  it('makes the Korean IGBT makers findable by segment for matching', async () => {
    const offering = await table.store.matchIndex.matchProfilesOffering('semi.power-semiconductors', { limit: 50 });
    expect(offering.map((p) => p.id)).toContain('demo-org-kr-igbt-1');
    const open = await table.store.matchIndex.openPostingsIn('nev.battery-cells', { limit: 50 });
    expect(open.map((p) => p.ownerOrganizationId)).toContain('demo-org-cn-automaker-1');
  });
});
