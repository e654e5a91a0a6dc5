/**
 * The measured figures of segment search, computed from the test sets and
 * rendered as the block docs/industry-chains.md carries between its
 * `segment-search-figures` markers. `npm run figures:segments` writes the
 * block; a unit test fails when the doc no longer matches the code.
 */
import { industryChainModel } from '../../functions/core/industry-chain/industry-chain-model.js';
import type { Locale } from '../../functions/core/vocabulary.js';
import { HELD_OUT_SEGMENT_TERMS, SEGMENT_TERMS, type SegmentTerm } from './segment-terms.js';

export interface RecallFigure {
  terms: number;
  found: number;
  recall: number;
}

/** Share of terms whose expected segment is among the first `k` search results (no locale given, as the API searches). */
export function recallAt(k: number, terms: readonly SegmentTerm[]): RecallFigure & { misses: SegmentTerm[] } {
  const misses = terms.filter((t) => !industryChainModel.searchSegments(t.term).slice(0, k).some((s) => s.id === t.expected));
  const found = terms.length - misses.length;
  return { terms: terms.length, found, recall: terms.length === 0 ? 0 : found / terms.length, misses };
}

export interface SegmentSearchFigures {
  overall: RecallFigure;
  byLocale: Record<Locale, RecallFigure>;
  heldOut: RecallFigure;
}

const strip = ({ terms, found, recall }: RecallFigure): RecallFigure => ({ terms, found, recall });

export function segmentSearchFigures(): SegmentSearchFigures {
  const ofLocale = (locale: Locale) => strip(recallAt(3, SEGMENT_TERMS.filter((t) => t.locale === locale)));
  return {
    overall: strip(recallAt(3, SEGMENT_TERMS)),
    byLocale: { en: ofLocale('en'), zh: ofLocale('zh'), ko: ofLocale('ko') },
    heldOut: strip(recallAt(3, HELD_OUT_SEGMENT_TERMS)),
  };
}

const row = (label: string, f: RecallFigure) => `| ${label} | ${f.terms} | ${f.found} | **${f.recall.toFixed(3)}** |`;

/** The markdown table of the figures (what sits between the doc's markers). */
export function renderSegmentSearchFigures(figures: SegmentSearchFigures): string {
  return [
    '| recall@3 (expected segment in the first 3 results) | terms | found | recall |',
    '|---|---:|---:|---:|',
    row('all terms (`test/evaluation/segment-terms.ts`)', figures.overall),
    row('English', figures.byLocale.en),
    row('Chinese', figures.byLocale.zh),
    row('Korean', figures.byLocale.ko),
    row('held-out terms (written after the synonyms were frozen)', figures.heldOut),
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
