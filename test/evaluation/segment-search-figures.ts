/**
 * The measured figures of segment search, computed from the test sets and
 * rendered as the block docs/industry-chains.md carries between its
 * `segment-search-figures` markers. `npm run figures:segments` writes the
 * block; a unit test fails when the doc no longer matches the code.
 */
import { zoneIndustryChainModel as industryChainModel } from '../../functions/core/industry-chain/zone-model.js';
import { suggestSegments } from '../../functions/core/industry-chain/segment-suggestions.js';
import { demoOrganizations } from '../../scripts/demo/organizations/demo-data-set.js';
import type { Locale } from '../../functions/core/vocabulary.js';
import { HELD_OUT_DESCRIPTIONS } from './held-out-descriptions.js';
import { HELD_OUT_SEGMENT_TERMS, HELD_OUT_SEGMENT_TERMS_2, SEGMENT_TERMS, type SegmentTerm } from './segment-terms.js';

export interface RecallFigure {
  terms: number;
  found: number;
  recall: number;
}

/** Share of terms whose expected segment is among the first `k` search results (no locale given, as the API searches). */
export function recallAt(k: number, terms: readonly SegmentTerm[]): RecallFigure & { misses: SegmentTerm[] } {
  const misses = terms.filter(
    (t) =>
      !industryChainModel
        .searchSegments(t.term)
        .slice(0, k)
        .some((s) => s.id === t.expected),
  );
  const found = terms.length - misses.length;
  return { terms: terms.length, found, recall: terms.length === 0 ? 0 : found / terms.length, misses };
}

/** suggestSegments on the demo organizations' descriptions, against the segments each offers. */
export interface SuggestionFigures {
  organizations: number;
  /** Organizations all of whose offered segments are in the top 5. */
  allListedInTop5: number;
  /** Organizations whose first-listed (main) segment is in the top 5. */
  mainInTop5: number;
  listedSegments: number;
  /** Offered segments (over all organizations) that are in their organization's top 5. */
  listedSegmentsInTop5: number;
}

/** Top-5 figures of suggestSegments over descriptions, each with the segments it lists (main first). */
function suggestionFiguresOf(described: readonly { text: string; listed: readonly string[] }[]): SuggestionFigures {
  const figures: SuggestionFigures = { organizations: 0, allListedInTop5: 0, mainInTop5: 0, listedSegments: 0, listedSegmentsInTop5: 0 };
  for (const { text, listed } of described) {
    const top5 = new Set(suggestSegments(text, 5).map((s) => s.segment.id));
    const found = listed.filter((id) => top5.has(id)).length;
    figures.organizations += 1;
    figures.allListedInTop5 += found === listed.length ? 1 : 0;
    figures.mainInTop5 += listed[0] !== undefined && top5.has(listed[0]) ? 1 : 0;
    figures.listedSegments += listed.length;
    figures.listedSegmentsInTop5 += found;
  }
  return figures;
}

/** The demo organizations' (English) descriptions against the segments each offers: the Done-when measure. */
export function suggestionFigures(): SuggestionFigures {
  return suggestionFiguresOf(
    demoOrganizations().map((organization) => ({
      text: organization.description.en ?? '',
      listed: organization.offers.map((offer) => offer.segmentId),
    })),
  );
}

/** The held-out descriptions in en/zh/ko (test/evaluation/held-out-descriptions.ts), never tuned for. */
export function heldOutSuggestionFigures(): SuggestionFigures {
  return suggestionFiguresOf(HELD_OUT_DESCRIPTIONS);
}

export interface SegmentSearchFigures {
  overall: RecallFigure;
  byLocale: Record<Locale, RecallFigure>;
  heldOut: RecallFigure;
  heldOutSecond: RecallFigure;
  suggestions: SuggestionFigures;
  heldOutSuggestions: SuggestionFigures;
}

const strip = ({ terms, found, recall }: RecallFigure): RecallFigure => ({ terms, found, recall });

export function segmentSearchFigures(): SegmentSearchFigures {
  const ofLocale = (locale: Locale) =>
    strip(
      recallAt(
        3,
        SEGMENT_TERMS.filter((t) => t.locale === locale),
      ),
    );
  return {
    overall: strip(recallAt(3, SEGMENT_TERMS)),
    byLocale: { en: ofLocale('en'), zh: ofLocale('zh'), ko: ofLocale('ko') },
    heldOut: strip(recallAt(3, HELD_OUT_SEGMENT_TERMS)),
    heldOutSecond: strip(recallAt(3, HELD_OUT_SEGMENT_TERMS_2)),
    suggestions: suggestionFigures(),
    heldOutSuggestions: heldOutSuggestionFigures(),
  };
}

const row = (label: string, f: RecallFigure) => `| ${label} | ${f.terms} | ${f.found} | **${f.recall.toFixed(3)}** |`;
const share = (label: string, part: number, whole: number) => `| ${label} | ${part} of ${whole} | **${(part / whole).toFixed(3)}** |`;

function suggestionRows(title: string, what: string, f: SuggestionFigures): string[] {
  return [
    `| ${title} | count | share |`,
    '|---|---:|---:|',
    share('listed segments found in their top 5', f.listedSegmentsInTop5, f.listedSegments),
    share(`${what} whose main (first-listed) segment is in the top 5`, f.mainInTop5, f.organizations),
    share(`${what} with every listed segment in the top 5`, f.allListedInTop5, f.organizations),
  ];
}

/** The markdown table of the figures (what sits between the doc's markers). */
export function renderSegmentSearchFigures(figures: SegmentSearchFigures): string {
  return [
    '| recall@3 (expected segment in the first 3 results) | terms | found | recall |',
    '|---|---:|---:|---:|',
    row('all terms (`test/evaluation/segment-terms.ts`)', figures.overall),
    row('English', figures.byLocale.en),
    row('Chinese', figures.byLocale.zh),
    row('Korean', figures.byLocale.ko),
    row('held-out terms, first round (written after the synonyms were frozen)', figures.heldOut),
    row('held-out terms, second round (written before the round-3 changes)', figures.heldOutSecond),
    '',
    ...suggestionRows("suggestSegments on the demo organizations' descriptions (top 5)", 'organizations', figures.suggestions),
    '',
    ...suggestionRows('suggestSegments on 30 held-out descriptions in en/zh/ko (top 5)', 'descriptions', figures.heldOutSuggestions),
  ].join('\n');
}

export const FIGURES_START = '<!-- segment-search-figures:start (written by npm run figures:segments) -->';
export const FIGURES_END = '<!-- segment-search-figures:end -->';

/** The doc text with the block between the markers replaced by `block`. */
export function withFiguresBlock(doc: string, block: string): string {
  const start = doc.indexOf(FIGURES_START);
  const end = doc.indexOf(FIGURES_END);
  if (start < 0 || end < start) throw new Error('docs/industry-chains.md has no segment-search-figures markers');
  return `${doc.slice(0, start + FIGURES_START.length)}\n${block}\n${doc.slice(end)}`;
}
