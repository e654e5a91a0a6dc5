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
 * then by segment id, so results are deterministic; then, without a locale,
 * 4. segments sharing words or character pairs with the query ("silicon
 *    wafers" shares "wafer" with "wafer fab", "硅晶圆" shares 晶圆 with
 *    "晶圆制造"), ranked by the suggester's evidence (rare words count more);
 *    so a query nobody wrote a keyword for still finds its neighbourhood.
 *
 * Latin keywords match
 * whole words (in any hyphenation); Chinese and Korean keywords match as
 * substrings. Besides each segment's names and keywords, its synonyms
 * (./segment-synonyms: trade terms, abbreviations, product names) are indexed.
 */
import type { Locale } from '../vocabulary.js';
import { LOCALES } from '../vocabulary.js';
import { keywordWordVariants, queryWordVariants } from './latin-variants.js';
import type { Segment } from './model-types.js';
import { compactSearchText, containsCjk, containsWordSequence, koreanWords } from './search-text.js';
import { SegmentSuggester } from './segment-suggester.js';
import { synonymsOf } from './segment-synonyms/index.js';

/** One searchable term of one segment. */
interface IndexedTerm {
  segmentId: string;
  locale: Locale;
  compact: string;
  /** Latin words in each way the term may be written (hyphenation), for terms without Chinese or Korean characters. */
  words: string[][] | null;
}

/** A normalized query, prepared once per search. */
interface PreparedQuery {
  compact: string;
  /** The query's Latin words, read with hyphenated compounds split and joined. */
  words: string[][];
  /** The query's Korean words, with and without a trailing particle. */
  koreanWords: string[];
  hasCjk: boolean;
}

/** How well one term matched: lower rank is better; then lower closeness. */
interface TermMatch {
  rank: 0 | 1 | 2;
  closeness: number;
}

const EXACT: TermMatch = { rank: 0, closeness: 0 };
/** At most this many segments come from shared words (step 4). */
const SHARED_WORD_RESULTS = 5;

/** Segments indexed once by their normalized names and keywords, for keyword lookup. */
export class SegmentSearchIndex {
  private readonly terms: IndexedTerm[] = [];
  private readonly segmentsById: ReadonlyMap<string, Segment>;
  /** For the shared-words step (4), built on the first query that reaches it. */
  private sharedWords: SegmentSuggester | undefined;

  constructor(private readonly segments: readonly Segment[]) {
    this.segmentsById = new Map(segments.map((segment) => [segment.id, segment]));
    for (const segment of segments) {
      const synonyms = synonymsOf(segment.id);
      for (const locale of LOCALES) {
        for (const text of [segment.name[locale], ...segment.keywords[locale], ...(synonyms[locale] ?? [])]) {
          this.terms.push({
            segmentId: segment.id,
            locale,
            compact: compactSearchText(text),
            words: containsCjk(text) ? null : keywordWordVariants(text),
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
    const query: PreparedQuery = {
      compact: compactSearchText(text),
      words: queryWordVariants(text),
      koreanWords: koreanWords(text),
      hasCjk: containsCjk(text),
    };
    if (query.compact.length === 0) return [];
    const best = new Map<string, TermMatch>();
    for (const term of this.terms) {
      if (locale && term.locale !== locale) continue;
      const match = matchTerm(query, term);
      if (!match) continue;
      const previous = best.get(term.segmentId);
      if (!previous || compareMatches(match, previous) < 0) best.set(term.segmentId, match);
    }
    const matched = [...best.entries()]
      .sort(([idA, a], [idB, b]) => compareMatches(a, b) || (idA < idB ? -1 : idA > idB ? 1 : 0))
      .map(([id]) => this.segmentsById.get(id))
      .filter((segment): segment is Segment => segment !== undefined);
    if (locale) return matched;
    this.sharedWords ??= new SegmentSuggester(this.segments);
    const found = new Set(matched.map((segment) => segment.id));
    const sharing = this.sharedWords.suggest(text, SHARED_WORD_RESULTS).filter((s) => !found.has(s.segment.id));
    return [...matched, ...sharing.map((s) => s.segment)];
  }
}

function matchTerm(query: PreparedQuery, term: IndexedTerm): TermMatch | null {
  if (term.compact === query.compact) return EXACT;
  if (term.words)
    return bestOf(term.words.flatMap((termWords) => query.words.map((queryWords) => matchLatinTerm(queryWords, query.hasCjk, termWords))));
  if (!query.hasCjk) return null;
  // Single characters are too ambiguous to count as "the query contains this keyword",
  // except a one-syllable Korean keyword that is a word of the query ("쌀 가공").
  if (term.compact.length >= 2 && query.compact.includes(term.compact)) return { rank: 1, closeness: -term.compact.length };
  if (term.compact.length === 1 && query.koreanWords.includes(term.compact)) return { rank: 1, closeness: -1 };
  if (term.compact.includes(query.compact)) return { rank: 2, closeness: term.compact.length };
  return null;
}

function matchLatinTerm(queryWords: readonly string[], queryHasCjk: boolean, termWords: readonly string[]): TermMatch | null {
  const termLength = termWords.join(' ').length;
  if (containsWordSequence(queryWords, termWords)) {
    // Same words but Chinese or Korean around them ("IGBT模块"): the query says more than the keyword.
    const sameWords = queryWords.length === termWords.length && !queryHasCjk;
    return sameWords ? EXACT : { rank: 1, closeness: -termLength };
  }
  if (containsWordSequence(termWords, queryWords)) return { rank: 2, closeness: termLength };
  return null;
}

function bestOf(matches: readonly (TermMatch | null)[]): TermMatch | null {
  let best: TermMatch | null = null;
  for (const match of matches) if (match && (!best || compareMatches(match, best) < 0)) best = match;
  return best;
}

function compareMatches(a: TermMatch, b: TermMatch): number {
  return a.rank - b.rank || a.closeness - b.closeness;
}
