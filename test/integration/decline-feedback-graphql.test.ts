import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Collaboration } from '../../functions/core/collaboration.js';
import type { Organization } from '../../functions/core/organization.js';
import type { Principal } from '../../functions/core/access/principal.js';
import { DECLINE_FEEDBACK } from '../../functions/core/fit/weights.js';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { anOrganization } from '../support/organization-factory.js';
import { aFitSnapshot, aMatchRecord } from '../support/match-factory.js';
import { aPostingOf, express, memberOf, ok, PARTNER, RESPOND } from '../support/match-scenario.js';

/**
 * Feedback from the seeker's own declines, on DynamoDB Local: a Chinese
 * electric-drive maker that seeks power semiconductors and drive motors
 * declines Korean IGBT makers as not relevant; further IGBT makers then rank
 * lower for it (and only for it), the explanation says why, includeDeclined
 * still shows the declined ones, and old declines fade.
 */
const SEARCH = `query Search($input: PartnerSearchInput!) {
  searchPartners(input: $input) {
    results { organization { id } score en: explanation(locale: en) zh: explanation(locale: zh) ko: explanation(locale: ko) }
  }
}`;

const RECOMMENDED = `query Recommended($organizationId: ID!) {
  recommendedCollaborations(organizationId: $organizationId, first: 20) { collaboration { id } score en: explanation(locale: en) }
}`;

interface Recommendation {
  collaboration: { id: string };
  score: number;
  en: string;
}

interface Result {
  organization: { id: string };
  score: number;
  en: string;
  zh: string;
  ko: string;
}

const DAY_MS = 86_400_000;

function organization(id: string, offers: string[], seeks: string[], overrides: Partial<Organization> = {}): Organization {
  return anOrganization({
    id,
    country: 'KR',
    name: { en: `${id} (en)`, zh: `${id}（中）`, ko: `${id} 주식회사` },
    offers: offers.map((segmentId) => ({ segmentId })),
    seeks,
    cooperationModes: ['SUPPLY_AGREEMENT'],
    preferences: { countries: [], types: [], parks: [], languages: ['en'] },
    verification: 'VERIFIED',
    technology: {},
    ...overrides,
  });
}

/** A Chinese drive maker seeking power semiconductors and drive motors. */
const driveMaker = (id: string) =>
  organization(id, ['nev.electric-drive'], ['semi.power-semiconductors', 'nev.drive-motors'], { country: 'CN' });
/** A Korean IGBT maker that wants drive makers as customers. */
const igbtMaker = (id: string) => organization(id, ['semi.power-semiconductors'], ['nev.electric-drive']);

const SEEKERS = ['drive-declines', 'drive-no-declines', 'drive-other-reason', 'drive-faded', 'drive-fading'];

describe('feedback from the seeker’s declines, through GraphQL on DynamoDB Local', () => {
  let table: TestTable;
  let client: GraphQLClient;

  const search = async (seeker: string, principal: Principal = memberOf(seeker), extra: Record<string, unknown> = {}): Promise<Result[]> =>
    (await ok<{ results: Result[] }>(client, principal, SEARCH, { input: { organizationId: seeker, first: 20, ...extra } })).results;
  const ids = (results: Result[]) => results.map((r) => r.organization.id);
  const resultFor = (results: Result[], id: string) => results.find((r) => r.organization.id === id);

  async function decline(from: string, to: string, declineReason: string): Promise<void> {
    const interest = await express(client, from, to);
    await ok(client, memberOf(to), RESPOND, { input: { matchId: interest.id, response: 'DECLINE', declineReason } });
  }

  /** A NOT_RELEVANT decline by `seeker` of `igbt`'s interest, `ageDays` ago, stored as the workflow stores it. */
  function pastDecline(igbt: string, seeker: string, ageDays: number) {
    const at = new Date(Date.now() - ageDays * DAY_MS).toISOString();
    const reasons = [
      {
        kind: 'SEEKS_OFFERED',
        direction: 'SEEKER_OFFERS_WHAT_CANDIDATE_SEEKS',
        seekerSegment: 'semi.power-semiconductors',
        candidateSegment: 'semi.power-semiconductors',
        strength: 1,
        serves: 'CANDIDATE',
      },
    ] as const;
    return {
      record: aMatchRecord({
        fromOrganizationId: igbt,
        toOrganizationId: seeker,
        status: 'DECLINED',
        declineReason: 'NOT_RELEVANT',
        fit: aFitSnapshot({ seekerOrganizationId: igbt, reasons: reasons.map((r) => ({ ...r })) }),
        createdAt: at,
        updatedAt: at,
        respondedAt: at,
        version: 2,
      }),
    };
  }

  beforeAll(async () => {
    table = await createTestTable('decline-feedback');
    client = await graphqlClient(table.store);
    for (const seeker of SEEKERS) await table.store.organizations.create(driveMaker(seeker));
    for (const id of ['igbt-1', 'igbt-2', 'igbt-3']) await table.store.organizations.create(igbtMaker(id));
    // Offers a second stated need, as strongly two-sided as the IGBT makers, but unverified: just below them.
    await table.store.organizations.create(
      organization('motors-kr', ['nev.drive-motors'], ['nev.electric-drive'], { verification: 'UNVERIFIED' }),
    );
    // Supply offers to Chinese drive makers, one per kind of partner: recommendations rank them by the same rules.
    const posted = (id: string, segmentId: string): Partial<Collaboration> => ({
      id,
      kind: 'BUSINESS_OFFER',
      segments: [segmentId],
      cooperationModes: ['SUPPLY_AGREEMENT'],
      partnerTypes: [],
      partnerCountries: ['CN'],
    });
    await aPostingOf(table.store, igbtMaker('igbt-3'), posted('col-igbt-offer', 'semi.power-semiconductors'));
    await aPostingOf(table.store, organization('motors-kr', ['nev.drive-motors'], []), posted('col-motors-offer', 'nev.drive-motors'));
    await decline('igbt-1', 'drive-declines', 'NOT_RELEVANT');
    await decline('igbt-2', 'drive-declines', 'NOT_RELEVANT');
    await decline('igbt-1', 'drive-other-reason', 'NO_CAPACITY');
    await decline('igbt-2', 'drive-other-reason', 'WRONG_REGION');
    await table.store.matches.importMany([
      pastDecline('igbt-1', 'drive-faded', DECLINE_FEEDBACK.FADE_DAYS + 20),
      pastDecline('igbt-2', 'drive-faded', DECLINE_FEEDBACK.FADE_DAYS + 1),
      pastDecline('igbt-1', 'drive-fading', DECLINE_FEEDBACK.FADE_DAYS / 2),
    ]);
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  it('ranks an IGBT maker above the drive-motor maker for a seeker that declined none', async () => {
    const results = await search('drive-no-declines');
    expect(ids(results).indexOf('igbt-3')).toBeLessThan(ids(results).indexOf('motors-kr'));
    expect(results.map((r) => r.en).join(' ')).not.toContain('Ranked lower');
  });

  it('ranks partners like the two it declined as not relevant lower, and says so in English, Chinese and Korean', async () => {
    const results = await search('drive-declines');
    expect(ids(results).indexOf('igbt-3')).toBeGreaterThan(ids(results).indexOf('motors-kr'));
    const igbt = resultFor(results, 'igbt-3')!;
    expect(igbt.en).toContain('Ranked lower: you declined two similar partners as not relevant.');
    expect(igbt.zh).toContain('排名已下调：您曾以“不相关”为由拒绝了2个类似的合作伙伴。');
    expect(igbt.ko).toContain('순위 하향: 비슷한 파트너 2곳을 관련 없음으로 거절하셨습니다.');
    expect(resultFor(results, 'motors-kr')!.en).not.toContain('Ranked lower');
  });

  it('leaves the score as the fit model computes it: only the order moves', async () => {
    const [withFeedback, without] = [await search('drive-declines'), await search('drive-no-declines')];
    expect(resultFor(withFeedback, 'igbt-3')!.score).toBe(resultFor(without, 'igbt-3')!.score);
  });

  it('still shows the declined partners with includeDeclined, ranked lower and explained', async () => {
    const hidden = await search('drive-declines');
    expect(ids(hidden)).not.toContain('igbt-1');
    const shown = await search('drive-declines', memberOf('drive-declines'), { includeDeclined: true });
    expect(ids(shown)).toEqual(expect.arrayContaining(['igbt-1', 'igbt-2']));
    expect(resultFor(shown, 'igbt-1')!.en).toContain('Ranked lower: you declined two similar partners as not relevant.');
  });

  it('learns only from declines given as not relevant', async () => {
    const results = await search('drive-other-reason');
    expect(ids(results).indexOf('igbt-3')).toBeLessThan(ids(results).indexOf('motors-kr'));
    expect(resultFor(results, 'igbt-3')!.en).not.toContain('Ranked lower');
  });

  it('is the seeker’s own: a partner app searching for the same seeker sees neither the demotion nor the reason', async () => {
    const results = await search('drive-declines', PARTNER);
    expect(ids(results).indexOf('igbt-3')).toBeLessThan(ids(results).indexOf('motors-kr'));
    expect(results.map((r) => r.en).join(' ')).not.toContain('Ranked lower');
  });

  it('forgets declines older than 180 days and counts fading ones until then', async () => {
    const faded = await search('drive-faded');
    expect(resultFor(faded, 'igbt-3')!.en).not.toContain('Ranked lower');
    expect(ids(faded).indexOf('igbt-3')).toBeLessThan(ids(faded).indexOf('motors-kr'));
    const fading = await search('drive-fading');
    expect(resultFor(fading, 'igbt-3')!.en).toContain('Ranked lower: you declined one similar partner as not relevant.');
  });

  describe('in recommended collaborations', () => {
    const recommended = async (organizationId: string, principal: Principal = memberOf(organizationId)) =>
      await ok<Recommendation[]>(client, principal, RECOMMENDED, { organizationId });
    const order = (list: Recommendation[]) => list.map((r) => r.collaboration.id);
    const forId = (list: Recommendation[], id: string) => list.find((r) => r.collaboration.id === id)!;

    it('ranks the IGBT maker’s offer first for a seeker that declined none', async () => {
      const list = await recommended('drive-no-declines');
      expect(order(list).indexOf('col-igbt-offer')).toBeLessThan(order(list).indexOf('col-motors-offer'));
      expect(list.map((r) => r.en).join(' ')).not.toContain('Ranked lower');
    });

    it('ranks an offer from an owner like the ones it declined as not relevant lower, explained, score unchanged', async () => {
      const [list, without] = [await recommended('drive-declines'), await recommended('drive-no-declines')];
      expect(order(list).indexOf('col-igbt-offer')).toBeGreaterThan(order(list).indexOf('col-motors-offer'));
      expect(forId(list, 'col-igbt-offer').en).toContain('Ranked lower: you declined two similar partners as not relevant.');
      expect(forId(list, 'col-igbt-offer').score).toBe(forId(without, 'col-igbt-offer').score);
    });

    it('is the organization’s own: a partner app sees the order without the demotion', async () => {
      const list = await recommended('drive-declines', PARTNER);
      expect(order(list).indexOf('col-igbt-offer')).toBeLessThan(order(list).indexOf('col-motors-offer'));
    });
  });
});
