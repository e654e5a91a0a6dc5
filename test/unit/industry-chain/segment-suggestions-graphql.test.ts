/**
 * suggestSegments through the real server construction, as an anonymous
 * caller: public, answered from the in-memory model (the store points at no
 * database), names in the requested locale, bounded input.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../../functions/core/access/principal.js';
import { createStore } from '../../../functions/store/store.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../../support/graphql-client.js';

const ANONYMOUS: Principal = { role: 'ANONYMOUS' };
const SUGGEST = `query Suggest($text: String!, $locale: Locale, $first: Int) {
  suggestSegments(text: $text, locale: $locale, first: $first) { score matchedTerms segment { id name } }
}`;

interface SuggestData {
  suggestSegments: { score: number; matchedTerms: string[]; segment: { id: string; name: string } }[];
}

describe('suggestSegments through GraphQL', () => {
  let client: GraphQLClient;

  beforeAll(async () => {
    const unreachable = createStore({ tableName: 'not-used', connection: { region: 'local', endpoint: 'http://127.0.0.1:9' } });
    client = await graphqlClient(unreachable);
  });

  afterAll(async () => {
    await client.stop();
  });

  it('suggests the segments of a Chinese description, names them in Korean and says which words matched', async () => {
    const result = await client.executeAs<SuggestData>(ANONYMOUS, SUGGEST, {
      text: '我们生产锂离子电池电芯和电池包，供应新能源汽车企业。',
      locale: 'ko',
    });
    const suggestions = result.data?.suggestSegments ?? [];
    expect(suggestions.map((s) => s.segment.id).slice(0, 3)).toEqual(expect.arrayContaining(['nev.battery-cells', 'nev.battery-packs']));
    const cells = suggestions.find((s) => s.segment.id === 'nev.battery-cells');
    expect(cells?.segment.name).toBe('배터리 셀');
    expect(cells?.matchedTerms).toContain('锂离子电池');
    expect(cells?.score).toBeGreaterThan(0);
    expect(cells?.score).toBeLessThan(1);
  });

  it('returns five suggestions by default and at most `first`', async () => {
    const text = 'Makes lithium-ion pouch cells and packs for electric vehicles.';
    expect((await client.executeAs<SuggestData>(ANONYMOUS, SUGGEST, { text })).data?.suggestSegments).toHaveLength(5);
    expect((await client.executeAs<SuggestData>(ANONYMOUS, SUGGEST, { text, first: 2 })).data?.suggestSegments).toHaveLength(2);
  });

  it('suggests nothing for text that names no industry', async () => {
    const result = await client.executeAs<SuggestData>(ANONYMOUS, SUGGEST, { text: 'the and of with' });
    expect(result.data?.suggestSegments).toEqual([]);
  });

  it('rejects a `first` over 20 and a text over 4000 characters as BAD_USER_INPUT', async () => {
    expect(errorCode(await client.executeAs(ANONYMOUS, SUGGEST, { text: 'IGBT', first: 21 }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await client.executeAs(ANONYMOUS, SUGGEST, { text: 'IGBT '.repeat(801) }))).toBe('BAD_USER_INPUT');
  });
});
