/**
 * The vocabulary segment suggestions read: every name, keyword and synonym of
 * every segment, prepared once for matching inside free text (Latin as word
 * lists in each hyphenation, Chinese and Korean as compact strings), plus how
 * many segments use each word or character pair, so common words ("system",
 * "设备", "장비") count for little and distinctive ones for much.
 */
import { LOCALES } from '../vocabulary.js';
import { keywordWordVariants } from './latin-variants.js';
import type { Segment } from './model-types.js';
import { compactSearchText, containsCjk, latinWords } from './search-text.js';
import { synonymsOf } from './segment-synonyms/index.js';

/** One term of one segment as written in the data, prepared for matching. */
export interface SuggestionTerm {
  segmentId: string;
  text: string;
  /** Chinese or Korean: the compact string; Latin: null. */
  compact: string | null;
  /** Latin: the word lists in each hyphenation; Chinese or Korean: null. */
  words: string[][] | null;
}

/**
 * English function words, filler of company descriptions, and the zone's own
 * countries and places (every description names them): never evidence for a segment.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  [
    'a an and or of for the to in on at by with from into as is are be we our us its it their this that these those',
    'based fictional demo profile company co ltd inc corp group also other new more than per via all',
    'china chinese korea korean rok changchun jilin northeast',
  ]
    .join(' ')
    .split(' ')
    // Compared with words as latinWords reads them ("chinese" → "chine").
    .flatMap((word) => latinWords(word)),
);

/**
 * A light English stem for single-word evidence ("packages", "packaging" →
 * "packag"; "designs" → "design"), so a verb in a description meets the noun
 * of a keyword. Whole-term matching does not stem: it compares singulars only.
 */
export function wordStem(word: string): string {
  for (const suffix of ['ing', 'ed', 'es', 'er', 's', 'e']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** Every segment's names, keywords and synonyms in all three languages. */
export function suggestionTermsOf(segments: readonly Segment[]): SuggestionTerm[] {
  const terms: SuggestionTerm[] = [];
  for (const segment of segments) {
    const synonyms = synonymsOf(segment.id);
    // The id's slug is the model's own short English name ("photoelectric-instruments").
    const slug = (segment.id.split('.')[1] ?? '').replace(/-/g, ' ');
    const texts = new Set([
      slug,
      ...LOCALES.flatMap((locale) => [segment.name[locale], ...segment.keywords[locale], ...(synonyms[locale] ?? [])]),
    ]);
    for (const text of texts) {
      const cjk = containsCjk(text);
      terms.push({
        segmentId: segment.id,
        text,
        compact: cjk ? compactSearchText(text) : null,
        words: cjk ? null : keywordWordVariants(text),
      });
    }
  }
  return terms;
}

/** Character pairs of a compact Chinese or Korean string ("动力电池" → 动力, 力电, 电池). */
export function characterPairs(compact: string): string[] {
  const characters = Array.from(compact).filter((c) => containsCjk(c));
  return characters.slice(0, -1).map((c, i) => c + (characters[i + 1] as string));
}

/** For each content word (Latin) or character pair (Chinese, Korean): the segments whose terms use it. */
export function segmentsByToken(terms: readonly SuggestionTerm[]): Map<string, Set<string>> {
  const index = new Map<string, Set<string>>();
  const add = (token: string, segmentId: string) => {
    const set = index.get(token) ?? new Set<string>();
    set.add(segmentId);
    index.set(token, set);
  };
  for (const term of terms) {
    if (term.compact !== null) for (const pair of characterPairs(term.compact)) add(pair, term.segmentId);
    for (const word of term.words?.[0] ?? []) if (!STOP_WORDS.has(word) && word.length >= 3) add(wordStem(word), term.segmentId);
  }
  return index;
}
