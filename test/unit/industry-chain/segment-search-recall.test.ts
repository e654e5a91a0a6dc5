/**
 * Segment search finds the segment firms mean in the words they use: the
 * 300-plus-term set of test/evaluation/segment-terms.ts at recall@3 ≥ 0.95;
 * descriptions lead to the segments organizations list; and
 * docs/industry-chains.md quotes the measured figures.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIGURES_END,
  FIGURES_START,
  heldOutSuggestionFigures,
  recallAt,
  renderSegmentSearchFigures,
  segmentSearchFigures,
  suggestionFigures,
} from '../../evaluation/segment-search-figures.js';
import { SEGMENT_TERMS } from '../../evaluation/segment-terms.js';
import { LOCALES } from '../../../functions/core/vocabulary.js';

const MIN_RECALL_AT_3 = 0.95;
/** Each case runs the whole term set or every demo description through search: CPU-bound, seconds on a busy machine. */
const EVALUATION_TIMEOUT_MS = 60_000;

describe('segment search on how firms name what they do', { timeout: EVALUATION_TIMEOUT_MS }, () => {
  it('has at least 300 terms, 100 in each language', () => {
    expect(SEGMENT_TERMS.length).toBeGreaterThanOrEqual(300);
    for (const locale of LOCALES) expect(SEGMENT_TERMS.filter((t) => t.locale === locale).length, locale).toBeGreaterThanOrEqual(100);
  });

  it(`puts the expected segment in the top 3 for at least ${MIN_RECALL_AT_3} of the terms, in every language`, () => {
    const { misses, recall } = recallAt(3, SEGMENT_TERMS);
    console.log(
      `segment search: recall@3 = ${recall.toFixed(3)} over ${SEGMENT_TERMS.length} terms; misses: ${misses.map((m) => m.term).join(', ') || 'none'}`,
    );
    expect(recall).toBeGreaterThanOrEqual(MIN_RECALL_AT_3);
    for (const locale of LOCALES)
      expect(
        recallAt(
          3,
          SEGMENT_TERMS.filter((t) => t.locale === locale),
        ).recall,
        locale,
      ).toBeGreaterThanOrEqual(MIN_RECALL_AT_3);
  });

  it('puts every offered segment in the top 5 for at least 0.9 of the demo organizations, from their descriptions', () => {
    const figures = suggestionFigures();
    console.log('suggestSegments on demo descriptions:', figures);
    expect(figures.organizations).toBeGreaterThanOrEqual(100);
    expect(figures.allListedInTop5 / figures.organizations).toBeGreaterThanOrEqual(0.9);
    expect(figures.listedSegmentsInTop5 / figures.listedSegments).toBeGreaterThanOrEqual(0.9);
    expect(figures.mainInTop5 / figures.organizations).toBeGreaterThanOrEqual(0.9);
  });

  it('does as well on held-out descriptions in all three languages that it was never tuned on', () => {
    const figures = heldOutSuggestionFigures();
    console.log('suggestSegments on held-out descriptions:', figures);
    expect(figures.organizations).toBeGreaterThanOrEqual(30);
    expect(figures.allListedInTop5 / figures.organizations).toBeGreaterThanOrEqual(0.9);
  });

  it('is quoted as measured in docs/industry-chains.md (npm run figures:segments rewrites it)', () => {
    const doc = readFileSync(new URL('../../../docs/industry-chains.md', import.meta.url), 'utf8');
    const block = doc.slice(doc.indexOf(FIGURES_START) + FIGURES_START.length, doc.indexOf(FIGURES_END)).trim();
    expect(block).toBe(renderSegmentSearchFigures(segmentSearchFigures()));
  });
});
