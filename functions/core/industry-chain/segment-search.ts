/**
 * Keyword lookup of segments in English, Chinese and Korean. Each segment's
 * names and keywords are indexed once; a query is matched against them and
 * the segments come back best match first:
 *
 * 1. the query equals a name or keyword ("IGBT", "动力电池", "전기차");
 * 2. the query contains a keyword ("IGBT modules for inverters" contains "IGBT"),
 *    longer keywords first, as they are more specific;
 * 3. a name or keyword contains the query ("robot" is in "industrial robot"),
 *    shorter keywords first, as they are closer;
 *
 * then by segment id, so results are deterministic. Latin keywords match
 * whole words; Chinese and Korean keywords match as substrings.
 */
import type { Locale } from '../vocabulary.js';
import { LOCALES } from '../vocabulary.js';
import type { Segment } from './model-types.js';
import { compactSearchText, containsCjk, containsWordSequence, latinWords } from './search-text.js';

/** One searchable term of one segment. */
interface IndexedTerm {
  segmentId: string;
  locale: Locale;
  compact: string;
  /** Latin words, for terms without Chinese or Korean characters. */
  words: string[] | null;
}

/** A normalized query, prepared once per search. */
interface PreparedQuery {
  compact: string;
  words: string[];
  hasCjk: boolean;
}

/** How well one term matched: lower rank is better; then lower closeness. */
interface TermMatch {
  rank: 0 | 1 | 2;
  closeness: number;
}

const EXACT: TermMatch = { rank: 0, closeness: 0 };

/** Segments indexed once by their normalized names and keywords, for keyword lookup. */
export class SegmentSearchIndex {
  private readonly terms: IndexedTerm[] = [];
  private readonly segmentsById: ReadonlyMap<string, Segment>;

  constructor(segments: readonly Segment[]) {
    this.segmentsById = new Map(segments.map((segment) => [segment.id, segment]));
    for (const segment of segments) {
      for (const locale of LOCALES) {
        for (const text of [segment.name[locale], ...segment.keywords[locale]]) {
          this.terms.push({
            segmentId: segment.id,
            locale,
            compact: compactSearchText(text),
            words: containsCjk(text) ? null : latinWords(text),
          });
        }
      }
    }
  }

  /**
   * Segments whose names or keywords match `text`, best first. With `locale`,
   * only names and keywords in that language are searched. Blank text finds nothing.
   */
  search(text: string, locale?: Locale): Segment[] {
    const query: PreparedQuery = { compact: compactSearchText(text), words: latinWords(text), hasCjk: containsCjk(text) };
    if (query.compact.length === 0) return [];
    const best = new Map<string, TermMatch>();
    for (const term of this.terms) {
      if (locale && term.locale !== locale) continue;
      const match = matchTerm(query, term);
      if (!match) continue;
      const previous = best.get(term.segmentId);
      if (!previous || compareMatches(match, previous) < 0) best.set(term.segmentId, match);
    }
    return [...best.entries()]
      .sort(([idA, a], [idB, b]) => compareMatches(a, b) || (idA < idB ? -1 : idA > idB ? 1 : 0))
      .map(([id]) => this.segmentsById.get(id))
      .filter((segment): segment is Segment => segment !== undefined);
  }
}

function matchTerm(query: PreparedQuery, term: IndexedTerm): TermMatch | null {
  if (term.compact === query.compact) return EXACT;
  if (term.words) return matchLatinTerm(query, term.words);
  if (!query.hasCjk) return null;
  // Single characters are too ambiguous to count as "the query contains this keyword".
  if (term.compact.length >= 2 && query.compact.includes(term.compact)) return { rank: 1, closeness: -term.compact.length };
  if (term.compact.includes(query.compact)) return { rank: 2, closeness: term.compact.length };
  return null;
}

function matchLatinTerm(query: PreparedQuery, termWords: string[]): TermMatch | null {
  const termLength = termWords.join(' ').length;
  if (containsWordSequence(query.words, termWords)) {
    // Same words but Chinese or Korean around them ("IGBT模块"): the query says more than the keyword.
    const sameWords = query.words.length === termWords.length && !query.hasCjk;
    return sameWords ? EXACT : { rank: 1, closeness: -termLength };
  }
  if (containsWordSequence(termWords, query.words)) return { rank: 2, closeness: termLength };
  return null;
}

function compareMatches(a: TermMatch, b: TermMatch): number {
  return a.rank - b.rank || a.closeness - b.closeness;
}
