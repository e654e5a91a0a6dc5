import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organization } from '../../functions/core/organization.js';
import { MAX_PARTITIONS_PER_SEARCH } from '../../functions/core/fit/search-plan.js';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { anOrganization, aCollaboration } from '../support/organization-factory.js';
import { ADMIN, express, memberOf, ok, PARTNER, RESPOND } from '../support/match-scenario.js';

/**
 * Partner search through GraphQL on DynamoDB Local: organizations written by
 * the profiles' repository (profile, listing and index items), searched with
 * the real server, ranked on the zone's real industry-chain model.
 */
const SEARCH = `query Search($input: PartnerSearchInput!) {
  searchPartners(input: $input) {
    results {
      organization { id }
      score forwardFit reverseFit
      components { name value weight }
      reasons { kind direction seekerSegment { id name } candidateSegment { id } strength }
      en: explanation(locale: en) zh: explanation(locale: zh) ko: explanation(locale: ko)
      suggestedPark { id name }
      policies { id name }
    }
  }
}`;

interface Result {
  organization: { id: string };
  score: number;
  components: { name: string; value: number; weight: number }[];
  reasons: { kind: string; direction: string; seekerSegment: { id: string; name: string }; candidateSegment: { id: string } }[];
  en: string;
  zh: string;
  ko: string;
  suggestedPark: { id: string; name: string } | null;
  policies: { id: string; name: string }[];
}

type Spec = Partial<Organization> & { id: string; offers: Organization['offers'] };

function spec(id: string, country: 'CN' | 'KR', offers: string[], seeks: string[], overrides: Partial<Organization> = {}): Spec {
  return {
    id,
    country,
    name: { en: `${id} (en)`, zh: `${id}（中）`, ko: `${id} 주식회사` },
    offers: offers.map((segmentId) => ({ segmentId })),
    seeks,
    cooperationModes: ['SUPPLY_AGREEMENT', 'JOINT_RND', 'CONTRACT_MANUFACTURING', 'TECHNOLOGY_LICENSING'],
    preferences: { countries: [], types: [], parks: [], languages: ['en'] },
    verification: 'VERIFIED',
    ...overrides,
  };
}

const ORGANIZATIONS: Spec[] = [
  spec('igbt-kr', 'KR', ['semi.power-semiconductors'], ['nev.electric-drive']),
  spec('edrive-cn', 'CN', ['nev.electric-drive'], ['semi.power-semiconductors']),
  spec('edrive-rival-cn', 'CN', ['nev.electric-drive'], [], { cooperationModes: ['SUPPLY_AGREEMENT'], verification: 'UNVERIFIED' }),
  spec('igbt-unverified-cn', 'CN', ['semi.power-semiconductors'], [], { verification: 'UNVERIFIED' }),
  spec('power-lab-kr', 'KR', ['semi.power-semiconductors'], [], { type: 'UNIVERSITY', cooperationModes: ['JOINT_RND', 'JOINT_LAB'] }),
  spec('igbt-korea-only', 'KR', ['semi.power-semiconductors'], ['nev.electric-drive'], {
    preferences: { countries: ['KR'], types: [], parks: [], languages: [] },
  }),
  spec('igbt-to-suspend', 'KR', ['semi.power-semiconductors'], ['nev.electric-drive']),
  spec('igbt-declined', 'KR', ['semi.power-semiconductors'], ['nev.electric-drive'], { verification: 'UNVERIFIED' }),
  spec('ginseng-grower-cn', 'CN', ['ginseng.ginseng-cultivation'], ['ginseng.ginseng-deep-processing']),
  spec('ginseng-processor-kr', 'KR', ['ginseng.ginseng-deep-processing'], ['ginseng.ginseng-cultivation']),
  spec('ginseng-grower-kr', 'KR', ['ginseng.ginseng-cultivation'], [], { cooperationModes: ['SUPPLY_AGREEMENT'] }),
  spec('ginseng-testing-cn', 'CN', ['ginseng.ginseng-testing'], []),
  spec('antibody-kr', 'KR', ['biopharma.antibody-drugs'], ['biopharma.cdmo']),
  spec('cdmo-cn', 'CN', ['biopharma.cdmo'], ['biopharma.antibody-drugs']),
  spec('vaccines-cn', 'CN', ['biopharma.vaccines'], [], { cooperationModes: ['SUPPLY_AGREEMENT'] }),
];

describe('partner search through GraphQL on DynamoDB Local', () => {
  let table: TestTable;
  let client: GraphQLClient;

  async function search(input: Record<string, unknown>, principal = PARTNER): Promise<Result[]> {
    const data = await ok<{ results: Result[] }>(client, principal, SEARCH, { input });
    return data.results;
  }
  const idsOf = (results: Result[]) => results.map((r) => r.organization.id);

  beforeAll(async () => {
    table = await createTestTable('partner-search');
    client = await graphqlClient(table.store);
    for (const s of ORGANIZATIONS) await table.store.organizations.create(anOrganization({ ...s, technology: {} }));
    const toSuspend = (await table.store.organizations.get('igbt-to-suspend'))!;
    await table.store.organizations.replace(toSuspend, { ...toSuspend, verification: 'SUSPENDED', version: toSuspend.version + 1 });
    const interest = await express(client, 'igbt-declined', 'edrive-cn');
    await ok(client, memberOf('edrive-cn'), RESPOND, {
      input: { matchId: interest.id, response: 'DECLINE', declineReason: 'NO_CAPACITY' },
    });
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('ranks the Korean IGBT maker first for the Chinese electric-drive maker, and the other way round', async () => {
    expect(idsOf(await search({ organizationId: 'edrive-cn' }))[0]).toBe('igbt-kr');
    expect(idsOf(await search({ organizationId: 'igbt-kr' }))[0]).toBe('edrive-cn');
  });

  it('pairs the ginseng grower with the deep-processor, not with a competitor or the wrong stage', async () => {
    const results = await search({ organizationId: 'ginseng-grower-cn' });
    expect(results[0]!.organization.id).toBe('ginseng-processor-kr');
    expect(idsOf(results)).not.toContain('ginseng-grower-kr');
    const wrongStage = results.find((r) => r.organization.id === 'ginseng-testing-cn')!;
    expect(wrongStage.reasons.map((r) => r.kind)).toEqual(['SAME_CHAIN']);
    expect(wrongStage.score).toBeLessThan(results[0]!.score / 2);
  });

  it('pairs the antibody developer with the contract manufacturer (CDMO), both ways', async () => {
    expect(idsOf(await search({ organizationId: 'antibody-kr' }))[0]).toBe('cdmo-cn');
    expect(idsOf(await search({ organizationId: 'cdmo-cn' }))[0]).toBe('antibody-kr');
  });

  it('returns every component with its weight, and reasons with direction and segments', async () => {
    const [top] = await search({ organizationId: 'edrive-cn' });
    expect(top!.components.map((c) => c.name)).toContain('reciprocalChainFit');
    expect(top!.components.reduce((sum, c) => sum + c.weight, 0)).toBeCloseTo(1);
    expect(top!.score).toBeCloseTo(
      top!.components.reduce((sum, c) => sum + c.value * c.weight, 0),
      5,
    );
    expect(top!.reasons).toContainEqual(
      expect.objectContaining({
        kind: 'CROSS_CHAIN_SUPPLY',
        direction: 'CANDIDATE_SUPPLIES_SEEKER',
        candidateSegment: { id: 'semi.power-semiconductors' },
      }),
    );
    expect(top!.suggestedPark).not.toBeNull();
  });

  it('explains each result in English, Chinese and Korean with the model’s segment names', async () => {
    const [top] = await search({ organizationId: 'edrive-cn', locale: 'zh' });
    expect(top!.en).toContain('igbt-kr (en) scores');
    expect(top!.zh).toContain('igbt-kr（中）作为edrive-cn（中）的合作伙伴');
    expect(top!.zh).toContain('功率半导体');
    expect(top!.ko).toContain('igbt-kr 주식회사는 edrive-cn 주식회사의 협력 파트너로서');
    expect(top!.reasons[0]!.seekerSegment.name).toMatch(/[\u4e00-\u9fff]/);
  });

  it('applies hard filters: countries, types and verified-only exclude', async () => {
    expect(idsOf(await search({ organizationId: 'edrive-cn', countries: ['CN'] }))).not.toContain('igbt-kr');
    expect(idsOf(await search({ organizationId: 'edrive-cn', types: ['UNIVERSITY'] }))).toEqual(['power-lab-kr']);
    const verified = idsOf(await search({ organizationId: 'edrive-cn', verifiedOnly: true }));
    expect(verified).not.toContain('igbt-unverified-cn');
    expect(verified).toContain('igbt-kr');
  });

  it('never shows a candidate whose own preferences exclude the seeker', async () => {
    expect(idsOf(await search({ organizationId: 'edrive-cn' }))).not.toContain('igbt-korea-only');
  });

  it('never shows the seeker itself or suspended organizations', async () => {
    const results = idsOf(await search({ organizationId: 'igbt-kr', first: 50 }));
    expect(results).not.toContain('igbt-kr');
    expect(idsOf(await search({ organizationId: 'edrive-cn', first: 50 }))).not.toContain('igbt-to-suspend');
  });

  it('hides organizations with a declined match from the seeker’s members unless asked, and leaks nothing to others', async () => {
    expect(idsOf(await search({ organizationId: 'edrive-cn', first: 50 }, memberOf('edrive-cn')))).not.toContain('igbt-declined');
    expect(idsOf(await search({ organizationId: 'edrive-cn', first: 50, includeDeclined: true }, memberOf('edrive-cn')))).toContain(
      'igbt-declined',
    );
    expect(idsOf(await search({ organizationId: 'edrive-cn', first: 50 }, PARTNER))).toContain('igbt-declined');
  });

  it('searches for an open posting as its owner’s request', async () => {
    const posting = aCollaboration({
      id: 'col-cdmo-wanted',
      ownerOrganizationId: 'antibody-kr',
      kind: 'BUSINESS_REQUEST',
      segments: ['biopharma.cdmo'],
      cooperationModes: ['CONTRACT_MANUFACTURING'],
      partnerCountries: ['CN'],
      partnerTypes: ['ENTERPRISE'],
      expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    });
    await table.store.collaborations.create(posting, undefined, new Date());
    expect(idsOf(await search({ collaborationId: 'col-cdmo-wanted' }))[0]).toBe('cdmo-cn');
    const recommended = await ok<{ collaboration: { id: string }; score: number }[]>(
      client,
      ADMIN,
      'query($org: ID!) { recommendedCollaborations(organizationId: $org) { collaboration { id } score } }',
      { org: 'cdmo-cn' },
    );
    expect(recommended.map((r) => r.collaboration.id)).toEqual(['col-cdmo-wanted']);
  });

  it('rejects a search naming both or neither subject, or asking for more than 50', async () => {
    expect(errorCode(await client.executeAs(PARTNER, SEARCH, { input: {} }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.executeAs(PARTNER, SEARCH, { input: { organizationId: 'edrive-cn', collaborationId: 'x' } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await client.executeAs(PARTNER, SEARCH, { input: { organizationId: 'edrive-cn', first: 51 } }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(errorCode(await client.executeAs(PARTNER, SEARCH, { input: { organizationId: 'nobody' } }))).toBe('NOT_FOUND');
  });

  it('rejects recommendations asking for more than 50 or a least score outside 0..1, naming the argument', async () => {
    const RECOMMEND =
      'query($org: ID!, $first: Int, $minScore: Float) { recommendedCollaborations(organizationId: $org, first: $first, minScore: $minScore) { score } }';
    const tooMany = await client.executeAs(PARTNER, RECOMMEND, { org: 'cdmo-cn', first: 51 });
    expect(errorCode(tooMany)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.extensions?.field).toBe('first');
    const negative = await client.executeAs(PARTNER, RECOMMEND, { org: 'cdmo-cn', minScore: -0.5 });
    expect(negative.errors?.[0]?.extensions?.field).toBe('minScore');
  });

  it('bounds DynamoDB requests per search by the plan, not by how many organizations share a segment', async () => {
    const requestsFor = async (principal = memberOf('edrive-cn')) => {
      table.store.gateway.resetStats();
      await search({ organizationId: 'edrive-cn', first: 50 }, principal);
      return table.store.gateway.stats.requests;
    };
    const before = await requestsFor();
    // the caller's memberships (1) + seeker profile (1) + declined matches (2) + sub-partitions (≤ cap) + result profiles (1)
    expect(before).toBeLessThanOrEqual(1 + 1 + 2 + MAX_PARTITIONS_PER_SEARCH + 1);
    for (let i = 0; i < 30; i++)
      await table.store.organizations.create(
        anOrganization({ ...spec(`igbt-extra-${i}`, 'KR', ['semi.power-semiconductors'], []), technology: {} }),
      );
    expect(await requestsFor()).toBe(before);
  });
});
