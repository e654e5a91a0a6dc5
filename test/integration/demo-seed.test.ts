import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { allItems } from '../support/table-contents.js';
import { seedDemoData } from '../../scripts/demo/seed-demo-data.js';
import { DEMO_MATCH_SCRIPTS } from '../../scripts/demo/matches/demo-matches.js';
import { graphqlClient } from '../support/graphql-client.js';
import { memberOf } from '../support/match-scenario.js';
import { DEMO_ORGANIZATIONS_WITH_OWNERS, demoOwnerEmailOf } from '../../scripts/demo/members/demo-members.js';
import { principalFromClaims } from '../../functions/core/access/principal.js';
import { DevIssuer } from '../../functions/local/dev-issuer.js';
import { DEMO_EVENT_ID, DEMO_EVENT_PARTICIPANTS, demoEvent } from '../../scripts/demo/events/demo-events.js';

const REGISTER = `mutation($input: RegisterForEventInput!) { registerForEvent(input: $input) { organizationId } }`;

/** The demo IGBT maker's matches as one of its members sees them, newest first. */
const IGBT_MATCHES = `{ matches(organizationId: "demo-org-kr-igbt-1") { edges { node {
  status myRole declineReason fit { score seekerOrganizationId } counterpart { id contact { email } }
} } } }`;

const byKey = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  `${String(a.pk)}|${String(a.sk)}`.localeCompare(`${String(b.pk)}|${String(b.sk)}`);

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
    expect(afterFirst.filter((item) => item.sk === 'COLLABORATION')).toHaveLength(first.collaborations!);

    expect((await seedDemoData(table.store, { now })).loaded).toBe(false);
    await seedDemoData(table.store, { now, force: true });
    expect(await allItems(table)).toHaveLength(afterFirst.length);
  });

  it('loads the demo matches, a MUTUAL marker for each mutual pair, and a reload writes identical items', async () => {
    const matchItemsIn = async () =>
      (await allItems(table)).filter((item) => item.entity === 'MATCH' || item.entity === 'MUTUAL_PAIR').sort(byKey);
    const loaded = await matchItemsIn();
    expect(loaded.filter((item) => item.entity === 'MATCH')).toHaveLength(DEMO_MATCH_SCRIPTS.length);
    expect(loaded.filter((item) => item.entity === 'MATCH').map((item) => item.gsi1pk)).toEqual(
      DEMO_MATCH_SCRIPTS.map(() => 'MATCHES#ALL'),
    );
    const mutual = loaded.filter((item) => item.entity === 'MATCH' && item.status === 'MUTUAL');
    expect(loaded.filter((item) => item.entity === 'MUTUAL_PAIR').map((item) => item.pk)).toEqual(mutual.map((item) => item.pk));

    await seedDemoData(table.store, { now: new Date(now.getTime() + 60_000), force: true });
    expect(await matchItemsIn()).toEqual(loaded);
  });

  it('shows a member of the demo IGBT maker its matches: pending, mutual (contact shared) and declined', async () => {
    const client = await graphqlClient(table.store);
    try {
      const result = await client.executeAs<{ matches: { edges: { node: Record<string, unknown> }[] } }>(
        memberOf('demo-org-kr-igbt-1'),
        IGBT_MATCHES,
      );
      expect(result.errors).toBeUndefined();
      const nodes = result.data!.matches.edges.map((edge) => edge.node);
      expect(nodes.map((node) => [node.status, node.myRole, (node.counterpart as { id: string }).id])).toEqual([
        ['PENDING', 'RECEIVER', 'demo-org-cn-electric-drive-2'],
        ['MUTUAL', 'SENDER', 'demo-org-cn-electric-drive-1'],
        ['DECLINED', 'SENDER', 'demo-org-cn-electric-drive-3'],
      ]);
      expect(nodes[1]).toMatchObject({
        fit: { seekerOrganizationId: 'demo-org-kr-igbt-1' },
        counterpart: { contact: { email: expect.any(String) } },
      });
      expect((nodes[1]!.fit as { score: number }).score).toBeGreaterThan(0);
      expect(nodes[2]).toMatchObject({ declineReason: 'NO_CAPACITY' });
    } finally {
      await client.stop();
    }
  });

  it('makes the Korean IGBT makers findable by segment for matching', async () => {
    const offering = await table.store.matchIndex.matchProfilesOffering('semi.power-semiconductors', { limit: 50 });
    expect(offering.map((p) => p.id)).toContain('demo-org-kr-igbt-1');
    const open = await table.store.matchIndex.openCollaborationsIn('nev.battery-cells', { limit: 50 });
    expect(open.map((p) => p.ownerOrganizationId)).toContain('demo-org-cn-automaker-1');
  });

  it('gives each demo organization with matches an owner who signs in with `dev:token -- user <documented email>`', async () => {
    const client = await graphqlClient(table.store);
    try {
      const email = demoOwnerEmailOf('demo-org-cn-electric-drive-1');
      expect(email).toBe('owner.cn-electric-drive-1@demo.chainfit.example');
      const owner = principalFromClaims(DevIssuer.claimsFor('user', email));
      const result = await client.executeAs<{ me: unknown }>(owner, '{ me { email memberships { role organization { id } } } }');
      expect(result.data?.me).toEqual({ email, memberships: [{ role: 'OWNER', organization: { id: 'demo-org-cn-electric-drive-1' } }] });
      const counts = (await allItems(table)).filter((item) => item.entity === 'MEMBER_COUNT');
      expect(counts).toHaveLength(DEMO_ORGANIZATIONS_WITH_OWNERS.length);
    } finally {
      await client.stop();
    }
  });

  it('loads a matchmaking event open for registration whose demo participants a new registrant is suggested', async () => {
    const client = await graphqlClient(table.store);
    try {
      const listed = await client.executeAs<{ events: { id: string; registrationOpensAt: string; registrationClosesAt: string }[] }>(
        memberOf('demo-org-kr-igbt-1'),
        '{ events { id registrationOpensAt registrationClosesAt } }',
      );
      const event = listed.data?.events.find((candidate) => candidate.id === DEMO_EVENT_ID);
      expect(new Date(event!.registrationOpensAt).getTime()).toBeLessThan(Date.now());
      expect(new Date(event!.registrationClosesAt).getTime()).toBeGreaterThan(Date.now());
      const registered = await client.executeAs(memberOf('demo-org-kr-igbt-1'), REGISTER, {
        input: {
          eventId: DEMO_EVENT_ID,
          organizationId: 'demo-org-kr-igbt-1',
          attendees: [{ name: 'Kim Minjun' }],
          availability: [{ date: demoEvent(now).days[0]!.date, from: '09:00', to: '12:00' }],
          meetingsWanted: 3,
        },
      });
      expect(registered.errors).toBeUndefined();
      const suggested = await client.executeAs<{ suggestedMeetings: { match: { organization: { id: string } } }[] }>(
        memberOf('demo-org-kr-igbt-1'),
        `query($event: ID!) { suggestedMeetings(eventId: $event, organizationId: "demo-org-kr-igbt-1") { match { organization { id } } } }`,
        { event: DEMO_EVENT_ID },
      );
      expect(suggested.data?.suggestedMeetings.map((s) => s.match.organization.id)).toContain('demo-org-cn-electric-drive-4');
      expect(DEMO_EVENT_PARTICIPANTS).toContain('demo-org-cn-electric-drive-4');
    } finally {
      await client.stop();
    }
  });
});
