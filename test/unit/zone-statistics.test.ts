import { describe, expect, it } from 'vitest';
import { tally, zoneStatisticsOf, type ChainGroups, type ZoneFacts } from '../../functions/core/zone-statistics.js';
import { ZONE_CHAIN_GROUPS } from '../../functions/app/statistics.js';

const NOW = new Date('2026-11-26T00:00:00.000Z');
/** Two groups: information technology (chips, displays) and vehicles (batteries). */
const GROUPS: ChainGroups = {
  ids: ['it', 'vehicles'],
  groupOf: (chain) => ({ semi: 'it', display: 'it', nev: 'vehicles' })[chain],
};

/** A zone with nothing but the given facts. */
const factsWith = (facts: Partial<ZoneFacts>): ZoneFacts => ({ organizations: [], collaborations: [], matches: [], ...facts });

describe('zone statistics', () => {
  it('lists every value of a vocabulary, zero counts included, in vocabulary order', () => {
    expect(tally(['CN', 'KR'], ['KR', 'KR'])).toEqual([
      { key: 'CN', count: 0 },
      { key: 'KR', count: 2 },
    ]);
  });

  it('counts organizations by country, type and verification', () => {
    const statistics = zoneStatisticsOf(
      factsWith({
        organizations: [
          { country: 'KR', type: 'ENTERPRISE', verification: 'VERIFIED', chains: ['semi'] },
          { country: 'CN', type: 'UNIVERSITY', verification: 'UNVERIFIED', chains: ['nev'] },
          { country: 'CN', type: 'ENTERPRISE', verification: 'SUSPENDED', chains: ['nev'] },
        ],
      }),
      NOW,
      GROUPS,
    );
    expect(statistics.organizations).toEqual({
      total: 3,
      byCountry: [
        { key: 'CN', count: 2 },
        { key: 'KR', count: 1 },
      ],
      byType: [
        { key: 'ENTERPRISE', count: 2 },
        { key: 'UNIVERSITY', count: 1 },
        { key: 'RESEARCH_INSTITUTE', count: 0 },
      ],
      byVerification: [
        { key: 'UNVERIFIED', count: 1 },
        { key: 'VERIFIED', count: 1 },
        { key: 'SUSPENDED', count: 1 },
      ],
      byCountryAndChainGroup: [
        { country: 'CN', chainGroupId: 'it', count: 0 },
        { country: 'CN', chainGroupId: 'vehicles', count: 2 },
        { country: 'KR', chainGroupId: 'it', count: 1 },
        { country: 'KR', chainGroupId: 'vehicles', count: 0 },
      ],
    });
  });

  it('counts an organization once in each chain group it offers in, however many chains of the group', () => {
    const statistics = zoneStatisticsOf(
      factsWith({
        organizations: [
          { country: 'KR', type: 'ENTERPRISE', verification: 'VERIFIED', chains: ['semi', 'display', 'nev', 'unknown-chain'] },
        ],
      }),
      NOW,
      GROUPS,
    );
    expect(statistics.organizations.byCountryAndChainGroup.filter((tally) => tally.count > 0)).toEqual([
      { country: 'KR', chainGroupId: 'it', count: 1 },
      { country: 'KR', chainGroupId: 'vehicles', count: 1 },
    ]);
  });

  it("groups the zone model's chains by its chain groups", () => {
    expect(ZONE_CHAIN_GROUPS.ids.length).toBeGreaterThan(3);
    expect(ZONE_CHAIN_GROUPS.ids).toContain(ZONE_CHAIN_GROUPS.groupOf('nev'));
    expect(ZONE_CHAIN_GROUPS.groupOf('no-such-chain')).toBeUndefined();
  });

  it('counts an open collaboration past its expiry as expired', () => {
    const statistics = zoneStatisticsOf(
      factsWith({
        collaborations: [
          { status: 'OPEN', expiresAt: '2027-01-01T00:00:00.000Z' },
          { status: 'OPEN', expiresAt: '2026-11-25T23:59:59.000Z' },
          { status: 'CLOSED', expiresAt: '2027-01-01T00:00:00.000Z' },
        ],
      }),
      NOW,
      GROUPS,
    );
    expect(statistics.collaborations).toEqual({
      total: 3,
      byStatus: [
        { key: 'OPEN', count: 1 },
        { key: 'CLOSED', count: 1 },
        { key: 'EXPIRED', count: 1 },
      ],
    });
    expect(statistics.computedAt).toBe(NOW.toISOString());
  });

  it('counts matches by status, and those with an outcome by their latest outcome', () => {
    const statistics = zoneStatisticsOf(
      factsWith({
        matches: [
          { status: 'PENDING' },
          { status: 'PENDING' },
          { status: 'DECLINED' },
          { status: 'MUTUAL' },
          { status: 'MUTUAL', outcome: 'MEETING_HELD' },
          { status: 'MUTUAL', outcome: 'AGREEMENT_SIGNED' },
        ],
      }),
      NOW,
      GROUPS,
    );
    expect(statistics.matches).toEqual({
      total: 6,
      byStatus: [
        { key: 'PENDING', count: 2 },
        { key: 'MUTUAL', count: 3 },
        { key: 'DECLINED', count: 1 },
        { key: 'WITHDRAWN', count: 0 },
      ],
      byOutcome: [
        { key: 'MEETING_HELD', count: 1 },
        { key: 'AGREEMENT_SIGNED', count: 1 },
        { key: 'NO_DEAL', count: 0 },
      ],
    });
  });
});
