import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { allItems } from '../support/table-contents.js';
import { aDriveMaker, anIgbtMaker, aPostingOf, memberOf } from '../support/match-scenario.js';
import { createAppRequest } from '../../functions/app/app-request.js';
import { updateCollaboration } from '../../functions/app/collaborations.js';
import { zoneIndustryChainModel } from '../../functions/core/industry-chain/zone-model.js';
import type { ChainCatalog } from '../../functions/core/industry-chain/chain-catalog.js';
import { reindex } from '../../functions/store/reindex.js';
import type { MaintenanceReport } from '../../functions/store/maintenance-run.js';
import type { Store } from '../../functions/store/store.js';

/**
 * Finding 6 of issue 19: listing keys followed today's catalog, not the stored
 * items. A model version moves the power-semiconductor segment from chain
 * `semi` to chain `nev`; the items an entity was written with are deleted
 * exactly, and `reindex` brings every entity to the new model (idempotent,
 * resumable, in bounded batches, a dry run counting first).
 */
const MOVED_SEGMENT = 'semi.power-semiconductors';
const NEXT_VERSION = `${zoneIndustryChainModel.version}-moved`;
const zone = zoneIndustryChainModel.chainCatalog;
const movedCatalog: ChainCatalog = { ...zone, chainIdOf: (segmentId) => (segmentId === MOVED_SEGMENT ? 'nev' : zone.chainIdOf(segmentId)) };

describe('a model version that moves a segment to another chain', () => {
  let table: TestTable;
  let nextStore: Store;

  beforeAll(async () => {
    table = await createTestTable('model-version-change');
    nextStore = table.storeWith({ catalog: movedCatalog, modelVersion: NEXT_VERSION });
  });

  afterAll(async () => {
    await table.drop();
  });

  const itemsOf = async (id: string) =>
    (await allItems(table)).filter(
      (item) => String(item.pk).endsWith(`#${id}`) || item.collaborationId === id || item.organizationId === id,
    );
  const chainListings = async (id: string) =>
    (await itemsOf(id)).flatMap((item) => (String(item.sk).startsWith('LIST#CHAIN#') ? [String(item.sk)] : [])).sort();

  it('deletes the listing under the old chain when a collaboration is updated under the new model', async () => {
    const owner = await anIgbtMaker(table.store);
    const posting = await aPostingOf(table.store, owner);
    expect(await chainListings(posting.id)).toEqual(['LIST#CHAIN#semi']);
    const request = createAppRequest({ store: nextStore, principal: memberOf(owner.id), now: new Date(), locale: 'en' });
    const current = (await nextStore.collaborations.get(posting.id))!;
    await updateCollaboration(request, {
      id: posting.id,
      version: current.version,
      patch: { title: { en: 'Revised under the new model' } },
    });
    expect(await chainListings(posting.id)).toEqual(['LIST#CHAIN#nev']);
    const listed = await nextStore.collaborations.list({ chain: 'semi' }, 50, undefined, new Date());
    expect(listed.edges.map((edge) => edge.node.id)).not.toContain(posting.id);
  });

  describe('npm run reindex', () => {
    let ids: string[];
    const options = { batchSize: 1, now: new Date() };

    beforeAll(async () => {
      const igbt = await anIgbtMaker(table.store);
      const drive = await aDriveMaker(table.store);
      const posting = await aPostingOf(table.store, igbt);
      ids = [igbt.id, drive.id, posting.id];
    });

    it('counts first and writes nothing in a dry run', async () => {
      const before = await allItems(table);
      const report = await reindex(nextStore, { ...options, apply: false });
      // Everything was written under the old model except the collaboration the first test updated under the new one.
      expect(report.examined).toBe(5);
      expect(report.needing).toBe(4);
      expect(report.rewritten).toBe(0);
      expect(await allItems(table)).toEqual(before);
    });

    it('resumes after an interruption, rewrites every entity once, and finds nothing left on a second run', async () => {
      const dryRun = await reindex(nextStore, { ...options, apply: false });
      let token: string | undefined;
      const interrupted = reindex(nextStore, {
        ...options,
        apply: true,
        onBatch: (report: MaintenanceReport) => {
          token = report.resumeToken;
          throw new Error('interrupted after the first batch');
        },
      });
      await expect(interrupted).rejects.toThrow('interrupted');
      expect(token).toBeDefined();
      const resumed = await reindex(nextStore, { ...options, apply: true, resumeFrom: token! });
      expect(resumed.rewritten + 1).toBe(dryRun.needing);
      expect((await reindex(nextStore, { ...options, apply: false })).needing).toBe(0);
    });

    it('leaves organizations and collaborations listed under the new chain, every item stamped with the new version', async () => {
      const [igbtId, , postingId] = ids as [string, string, string];
      const organization = await nextStore.organizations.list({ chain: 'nev', segment: MOVED_SEGMENT, includeSuspended: false }, 50);
      expect(organization.edges.map((edge) => edge.node.id)).toContain(igbtId);
      expect(await chainListings(postingId)).toEqual(['LIST#CHAIN#nev']);
      const stamped = (await itemsOf(igbtId)).concat(await itemsOf(postingId));
      expect(stamped.length).toBeGreaterThan(4);
      for (const item of stamped) expect(item.modelVersion).toBe(NEXT_VERSION);
    });
  });
});
