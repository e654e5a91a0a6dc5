import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { anOrganization } from '../support/organization-factory.js';
import { revisedOrganization, withVerification } from '../../functions/core/organization-draft.js';

const IGBT = 'semi.power-semiconductors';
const DRIVE = 'nev.electric-drive';

describe('the industry-chain index matching reads', () => {
  let table: TestTable;

  beforeAll(async () => {
    table = await createTestTable('match-index');
    await table.store.organizations.create(anOrganization({ id: 'org-a-unverified', offers: [{ segmentId: IGBT }], seeks: [DRIVE] }));
    await table.store.organizations.create(
      anOrganization({ id: 'org-z-verified', verification: 'VERIFIED', offers: [{ segmentId: IGBT }], seeks: [] }),
    );
    await table.store.organizations.create(
      anOrganization({ id: 'org-m-suspended', verification: 'SUSPENDED', offers: [{ segmentId: IGBT }], seeks: [DRIVE] }),
    );
  });

  afterAll(async () => {
    await table.drop();
  });

  it('finds who offers a segment, verified organizations first, never suspended ones', async () => {
    const profiles = await table.store.matchIndex.matchProfilesOffering(IGBT, { limit: 10 });
    expect(profiles.map((p) => p.id)).toEqual(['org-z-verified', 'org-a-unverified']);
    expect(profiles[1]).toMatchObject({ country: 'KR', offers: [IGBT], seeks: [DRIVE] });
  });

  it('finds who seeks a segment, and honours the limit', async () => {
    expect((await table.store.matchIndex.matchProfilesSeeking(DRIVE, { limit: 10 })).map((p) => p.id)).toEqual(['org-a-unverified']);
    expect(await table.store.matchIndex.matchProfilesOffering(IGBT, { limit: 1 })).toHaveLength(1);
  });

  it('reads match profiles by id in one batch, leaving out absent and suspended organizations', async () => {
    table.store.gateway.resetStats();
    const profiles = await table.store.matchIndex.matchProfilesByIds([
      'org-z-verified',
      'org-nobody',
      'org-m-suspended',
      'org-a-unverified',
    ]);
    expect(profiles.map((p) => p.id)).toEqual(['org-z-verified', 'org-a-unverified']);
    expect(table.store.gateway.stats.requests).toBe(1);
  });

  it('rewrites index items when an organization changes segments: the old one is gone, the new one present', async () => {
    const before = (await table.store.organizations.get('org-a-unverified'))!;
    const after = revisedOrganization(before, { ...before, offers: [{ segmentId: 'nev.motor-controllers' }] }, new Date());
    await table.store.organizations.replace(before, after);
    expect((await table.store.matchIndex.matchProfilesOffering(IGBT, { limit: 10 })).map((p) => p.id)).toEqual(['org-z-verified']);
    expect((await table.store.matchIndex.matchProfilesOffering('nev.motor-controllers', { limit: 10 })).map((p) => p.id)).toEqual([
      'org-a-unverified',
    ]);
    expect((await table.store.matchIndex.matchProfilesSeeking(DRIVE, { limit: 10 }))[0]?.offers).toEqual(['nev.motor-controllers']);
  });

  it('moves an organization between tiers on verification and drops it on suspension', async () => {
    const before = (await table.store.organizations.get('org-a-unverified'))!;
    const verified = await table.store.organizations.replace(before, withVerification(before, 'VERIFIED', new Date()));
    expect((await table.store.matchIndex.matchProfilesSeeking(DRIVE, { limit: 10 }))[0]?.verification).toBe('VERIFIED');
    await table.store.organizations.replace(verified, withVerification(verified, 'SUSPENDED', new Date()));
    expect(await table.store.matchIndex.matchProfilesSeeking(DRIVE, { limit: 10 })).toEqual([]);
  });

  it('refuses a write based on a stale version and leaves the index as it was', async () => {
    const current = (await table.store.organizations.get('org-z-verified'))!;
    const stale = { ...current, version: current.version - 1 };
    await expect(
      table.store.organizations.replace(stale, { ...current, offers: [{ segmentId: DRIVE }], version: current.version }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await table.store.matchIndex.matchProfilesOffering(IGBT, { limit: 10 })).map((p) => p.id)).toEqual(['org-z-verified']);
  });
});
