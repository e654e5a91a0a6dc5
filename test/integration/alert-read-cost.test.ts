import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { memberOf } from '../support/match-scenario.js';
import { notificationPipeline } from '../support/notification-pipeline.js';
import { faultInjector, type FaultInjector } from '../support/fault-injection.js';
import { anOrganization } from '../support/organization-factory.js';
import { BATCH_GET_LIMIT } from '../../functions/store/batch-get.js';
import { candidateReads } from '../../functions/core/fit/search-plan.js';
import { zoneIndustryChainModel } from '../../functions/core/industry-chain/zone-model.js';
import { matchProfileOf } from '../../functions/core/match-profile.js';
import type { Organization } from '../../functions/core/organization.js';
import type { Store } from '../../functions/store/store.js';

/** A Korean IGBT maker (seeks electric drives): every one is a candidate for a new drive maker. */
const igbtMaker = (id: string): Organization => anOrganization({ id });
/** A Chinese drive maker: a peer of a new drive maker, also read as a candidate. */
const driveMaker = (id: string): Organization => ({
  ...anOrganization({ id }),
  country: 'CN',
  offers: [{ segmentId: 'nev.electric-drive' }],
  seeks: ['semi.power-semiconductors'],
  preferences: { countries: ['KR'], types: ['ENTERPRISE'], parks: [], languages: ['zh'] },
});

const CREATE = `mutation Create($input: CreateAlertInput!) { createAlert(input: $input) { id } }`;
const NOTIFICATIONS = `query { notifications(first: 50) { edges { node { kind relatedOrganizationId } } } }`;

/** DynamoDB reads the worker sends, by command. */
interface Reads {
  QueryCommand: number;
  BatchGetCommand: number;
  GetCommand: number;
}

describe('the alert worker’s reads per new organization do not grow with the table (DynamoDB Local)', () => {
  let table: TestTable;
  let client: GraphQLClient;
  let injector: FaultInjector;
  let counted: Store;
  let seeded = 0;

  beforeAll(async () => {
    table = await createTestTable('alert-read-cost', { stream: true });
    client = await graphqlClient(table.store);
    injector = faultInjector();
    counted = table.storeWith({ wrapClient: injector.wrap });
    // The organization with the alert: one of the IGBT makers.
    await table.store.organizations.create(igbtMaker('org-alerting'));
    const created = await client.executeAs(memberOf('org-alerting'), CREATE, {
      input: { organizationId: 'org-alerting', minScore: 0.2, countries: [], types: [], kinds: ['PARTNER'], frequency: 'DAILY' },
    });
    expect(created.errors).toBeUndefined();
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  /** Fills the table up to `size` organizations (half IGBT makers, half drive makers), without the worker. */
  async function growTo(size: number): Promise<void> {
    const organizations: Organization[] = [];
    for (; seeded < size - 1; seeded++) organizations.push(seeded % 2 === 0 ? igbtMaker(`org-i-${seeded}`) : driveMaker(`org-d-${seeded}`));
    await table.store.organizations.importMany(organizations);
  }

  /** Registers a new drive maker and counts the reads the worker makes for it. */
  async function readsForNewcomer(id: string): Promise<Reads> {
    const pipeline = await notificationPipeline(table, counted);
    try {
      await table.store.organizations.create(driveMaker(id));
      injector.inject();
      await pipeline.deliverPending();
      const sends = injector.sends;
      return { QueryCommand: sends.QueryCommand ?? 0, BatchGetCommand: sends.BatchGetCommand ?? 0, GetCommand: sends.GetCommand ?? 0 };
    } finally {
      pipeline.close();
    }
  }

  const announcedTo = async (organizationId: string): Promise<string[]> => {
    const result = await client.executeAs<{ notifications: { edges: { node: { kind: string; relatedOrganizationId: string } }[] } }>(
      memberOf(organizationId),
      NOTIFICATIONS,
    );
    return result
      .data!.notifications.edges.filter((edge) => edge.node.kind === 'PARTNER_ALERT')
      .map((edge) => edge.node.relatedOrganizationId);
  };

  it('reads the search plan’s partitions and the candidates’ alerts by key: the same bound at 50 and at 500 organizations', async () => {
    // The reverse search's plan (app/alert-matching.ts): which sub-partitions, how many items each; it depends on the
    // newcomer's profile and the model, never on the table's size.
    const fitRequest = { seeker: matchProfileOf(driveMaker('any')), modes: [], crossBorderPreferred: true };
    const plan = candidateReads(zoneIndustryChainModel.chainGraph, fitRequest, { countries: [], types: [] });
    const itemsAtMost = plan.reduce((sum, read) => sum + read.limit, 0);
    // Per announced (DAILY) alert with one member: the owner's members to notify and to queue for the digest
    // (two Queries), the newcomer's name and the member's digest preference (two GetItems).
    const announcementReads = { QueryCommand: 2, GetCommand: 2 };
    const bound = {
      QueryCommand: plan.length + announcementReads.QueryCommand,
      BatchGetCommand: Math.ceil(itemsAtMost / BATCH_GET_LIMIT),
      GetCommand: announcementReads.GetCommand,
    };

    await growTo(50);
    const small = await readsForNewcomer('org-new-at-50');
    await growTo(500);
    const large = await readsForNewcomer('org-new-at-500');

    expect((await announcedTo('org-alerting')).sort()).toEqual(['org-new-at-50', 'org-new-at-500']);
    // Exactly the plan's Queries at both sizes; the alert reads stay within the capped candidates' batches (more
    // candidates fill more of the cap at 500 than at 50, but never past it).
    expect(small.QueryCommand).toBe(bound.QueryCommand);
    expect(large.QueryCommand).toBe(bound.QueryCommand);
    for (const reads of [small, large]) {
      expect(reads.BatchGetCommand).toBeLessThanOrEqual(bound.BatchGetCommand);
      expect(reads.GetCommand).toBeLessThanOrEqual(bound.GetCommand);
    }
    // 250 IGBT makers and 250 drive makers could fit, yet the worker stays within the bound the plan fixed in advance.
    expect(large.QueryCommand + large.BatchGetCommand + large.GetCommand).toBeLessThanOrEqual(
      bound.QueryCommand + bound.BatchGetCommand + bound.GetCommand,
    );
    console.info(
      `alert worker reads per new organization: 50 orgs ${JSON.stringify(small)}, 500 orgs ${JSON.stringify(large)}, bound ${JSON.stringify(bound)}`,
    );
  });
});
