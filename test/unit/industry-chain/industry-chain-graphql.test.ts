/**
 * The industry-chain queries through the real server construction, as an
 * anonymous caller. The store points at no database: these queries answer
 * from the in-memory model, and would fail here if they touched the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../../functions/core/access/principal.js';
import { createStore } from '../../../functions/store/store.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../../support/graphql-client.js';

const ANONYMOUS: Principal = { role: 'ANONYMOUS' };

const SEGMENT = `query Segment($id: ID!, $locale: Locale) {
  segment(id: $id, locale: $locale) {
    id name names { en zh ko } keywords { en } isic hs
    chain { id name } stage { id index }
    suppliers { crossChain segment { id name } }
    customers { crossChain note segment { id } }
    researchServed researchFields
    parks { id kind name }
  }
}`;

interface SegmentData {
  segment: {
    id: string;
    name: string;
    names: { en: string; zh: string; ko: string };
    keywords: { en: string[] };
    isic: string[];
    hs: string[];
    chain: { id: string; name: string };
    stage: { id: string; index: number };
    suppliers: { crossChain: boolean; segment: { id: string; name: string } }[];
    customers: { crossChain: boolean; note: string | null; segment: { id: string } }[];
    researchServed: boolean;
    researchFields: string[];
    parks: { id: string; kind: string; name: string }[];
  } | null;
}

describe('industry-chain queries', () => {
  let client: GraphQLClient;

  beforeAll(async () => {
    const unreachable = createStore({ tableName: 'not-used', connection: { region: 'local', endpoint: 'http://127.0.0.1:9' } });
    client = await graphqlClient(unreachable);
  });

  afterAll(async () => {
    await client.stop();
  });

  describe('segment', () => {
    it('describes a segment with its place, links, research and parks, to an anonymous caller', async () => {
      const result = await client.executeAs<SegmentData>(ANONYMOUS, SEGMENT, { id: 'semi.power-semiconductors' });
      expect(result.errors).toBeUndefined();
      const segment = result.data?.segment;
      expect(segment).toMatchObject({
        id: 'semi.power-semiconductors',
        name: 'Power semiconductors',
        names: { en: 'Power semiconductors', zh: '功率半导体', ko: '전력반도체' },
        isic: ['2610'],
        chain: { id: 'semi', name: 'Semiconductors and chips' },
        stage: { id: 'semi.fabrication', index: 2 },
        researchServed: true,
        researchFields: ['Power electronics'],
      });
      expect(segment?.keywords.en).toContain('IGBT');
      expect(segment?.hs).toContain('854129');
      expect(segment?.customers).toContainEqual({
        crossChain: true,
        note: 'IGBT / SiC modules in traction inverters',
        segment: { id: 'nev.electric-drive' },
      });
      expect(segment?.parks.map((park) => park.id)).toContain('information-technology-park');
    });

    it('renders names in the requested locale, nested fields included', async () => {
      const result = await client.executeAs<SegmentData>(ANONYMOUS, SEGMENT, { id: 'nev.electric-drive', locale: 'ko' });
      const segment = result.data?.segment;
      expect(segment?.name).toBe('전기 구동 시스템');
      expect(segment?.chain.name).toBe('신에너지차');
      expect(segment?.suppliers).toContainEqual({ crossChain: true, segment: { id: 'semi.power-semiconductors', name: '전력반도체' } });
    });

    it('is null for an unknown id', async () => {
      const result = await client.executeAs<SegmentData>(ANONYMOUS, SEGMENT, { id: 'nev.flux-capacitor' });
      expect(result.errors).toBeUndefined();
      expect(result.data?.segment).toBeNull();
    });
  });

  describe('industryChains', () => {
    it('lists groups, chains and ordered stages in Chinese', async () => {
      const result = await client.executeAs<{
        industryChains: { id: string; name: string; chains: { id: string; stages: { index: number; segments: { id: string }[] }[] }[] }[];
      }>(ANONYMOUS, `{ industryChains(locale: zh) { id name chains { id stages { index segments { id } } } } }`);
      expect(result.errors).toBeUndefined();
      const groups = result.data?.industryChains ?? [];
      expect(groups.map((group) => group.name)).toContain('信息技术');
      const nev = groups.flatMap((group) => group.chains).find((chain) => chain.id === 'nev');
      expect(nev?.stages.map((stage) => stage.index)).toEqual([0, 1, 2, 3, 4]);
      expect(nev?.stages[3]?.segments.map((segment) => segment.id)).toEqual(['nev.vehicle-manufacturing']);
    });
  });

  describe('zoneParks', () => {
    it('lays out the core, the wings, the parks and the bonded area with their segments', async () => {
      const result = await client.executeAs<{ zoneParks: { id: string; kind: string; name: string; segments: { id: string }[] }[] }>(
        ANONYMOUS,
        `{ zoneParks { id kind name segments { id } } }`,
      );
      const parks = result.data?.zoneParks ?? [];
      expect(parks[0]).toMatchObject({ id: 'core-area', kind: 'CORE', name: 'Core area' });
      expect(parks.find((park) => park.kind === 'BONDED_AREA')?.segments.map((segment) => segment.id)).toContain(
        'trade.cross-border-e-commerce',
      );
    });
  });

  describe('searchSegments', () => {
    const SEARCH = `query Search($text: String!, $locale: Locale, $first: Int) { searchSegments(text: $text, locale: $locale, first: $first) { id name } }`;

    it('finds a segment from Korean text and names it in the requested locale', async () => {
      const result = await client.executeAs<{ searchSegments: { id: string; name: string }[] }>(ANONYMOUS, SEARCH, {
        text: '전기차',
        locale: 'zh',
      });
      expect(result.data?.searchSegments[0]).toEqual({ id: 'nev.vehicle-manufacturing', name: '新能源整车制造' });
    });

    it('returns at most `first` segments', async () => {
      const result = await client.executeAs<{ searchSegments: unknown[] }>(ANONYMOUS, SEARCH, { text: 'ginseng', first: 2 });
      expect(result.data?.searchSegments).toHaveLength(2);
    });

    it('rejects a `first` over 100 as BAD_USER_INPUT', async () => {
      const result = await client.executeAs(ANONYMOUS, SEARCH, { text: 'ginseng', first: 101 });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    });
  });
});
