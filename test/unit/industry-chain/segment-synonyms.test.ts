/**
 * The synonym lists are data a zone officer reviews: they must name real
 * segments, and the normalization must make the spellings people type meet them.
 */
import { describe, expect, it } from 'vitest';
import { toSimplifiedChinese } from '../../../functions/core/industry-chain/chinese-variants.js';
import { zoneIndustryChainModel as industryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import { keywordWordVariants, queryWordVariants } from '../../../functions/core/industry-chain/latin-variants.js';
import { compactSearchText, containsCjk, latinWords } from '../../../functions/core/industry-chain/search-text.js';
import { SEGMENT_SYNONYM_GROUPS, segmentsWithSynonyms, synonymsOf } from '../../../functions/core/industry-chain/segment-synonyms/index.js';
import { LOCALES } from '../../../functions/core/vocabulary.js';

const first = (text: string) => industryChainModel.searchSegments(text)[0]?.id;
/** How search sees a term: Chinese and Korean compact, Latin as its words ("cyber security" ≠ "cybersecurity"). */
const searchKey = (term: string) => (containsCjk(term) ? compactSearchText(term) : latinWords(term).join(' '));

describe('segment synonyms (data)', () => {
  it('name only segments of the model', () => {
    const unknown = segmentsWithSynonyms().filter((id) => !industryChainModel.segment(id));
    expect(unknown).toEqual([]);
  });

  it('list each segment once across the chain-group files', () => {
    const ids = SEGMENT_SYNONYM_GROUPS.flatMap((group) => Object.keys(group));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never repeat a term, or a keyword of the segment, within one segment and language', () => {
    const repeated: string[] = [];
    for (const id of segmentsWithSynonyms()) {
      const segment = industryChainModel.segment(id)!;
      for (const locale of LOCALES) {
        const own = new Set([segment.name[locale], ...segment.keywords[locale]].map(searchKey));
        const seen = new Set<string>();
        for (const term of synonymsOf(id)[locale] ?? []) {
          const key = searchKey(term);
          if (own.has(key) || seen.has(key)) repeated.push(`${id} ${locale} ${term}`);
          seen.add(key);
        }
      }
    }
    expect(repeated).toEqual([]);
  });

  it('cover most of the model, in all three languages', () => {
    const withAllThree = segmentsWithSynonyms().filter((id) => LOCALES.every((locale) => (synonymsOf(id)[locale] ?? []).length > 0));
    expect(withAllThree.length).toBeGreaterThanOrEqual(0.9 * industryChainModel.segments().length);
  });
});

describe('spellings people type', () => {
  it('folds traditional Chinese to simplified', () => {
    expect(toSimplifiedChinese('鋰電池與儲能')).toBe('锂电池与储能');
    expect(first('鋰電池')).toBe(first('锂电池'));
  });

  it('treats hyphenated, joined and spaced compounds as one term', () => {
    expect(keywordWordVariants('cross-border e-commerce')).toContainEqual(['cross', 'border', 'ecommerce']);
    expect(queryWordVariants('e-commerce')).toEqual([['e', 'commerce'], ['ecommerce']]);
    for (const text of ['cross-border e-commerce', 'cross border ecommerce', 'crossborder e commerce']) {
      expect(first(text), text).toBe('trade.cross-border-e-commerce');
    }
  });

  it('reads full-width letters and digits as ASCII', () => {
    expect(first('ＭＬＣＣ')).toBe(first('MLCC'));
    expect(first('５Ｇ基站')).toBe(first('5G基站'));
  });

  it('ignores Korean spacing', () => {
    expect(first('전기 자동차')).toBe(first('전기자동차'));
    expect(first('에너지 저장 장치')).toBe('nev.battery-packs');
  });

  it('reads English plurals, including -es and -ses forms, as singulars', () => {
    expect(latinWords('optical lenses')).toEqual(latinWords('optical lens'));
    expect(latinWords('switches glasses')).toEqual(['switch', 'glass']);
  });

  it('finds the ordinary names that used to find nothing', () => {
    expect(first('food safety testing')).toBe('education-tech.technology-testing');
    expect(first('MLCC')).toBe('semi.packaging-testing');
    expect(first('印制电路板')).toBe('semi.packaging-testing');
    expect(first('수소연료전지')).toBe('nev.battery-cells');
    expect(first('钢材')).toBe('new-materials.advanced-alloys');
    expect(first('전해질')).toBe('nev.battery-materials');
    expect(first('biologics CDMO')).toBe('biopharma.cdmo');
  });
});
