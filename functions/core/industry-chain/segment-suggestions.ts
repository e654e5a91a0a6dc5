/**
 * From a description to segments: a free-text description of an organization
 * or collaboration, in English, Chinese or Korean, gives the segments it most likely
 * works in, each with the words that matched, so registration can propose
 * segments instead of asking people to know the model.
 *
 * Two kinds of evidence, per segment:
 * - whole terms (a name, keyword or synonym) found in the text, worth more the
 *   more specific the term ("lithium-ion pouch cell" > "cell"); a term inside a
 *   longer matched term of the same segment is not counted twice, and inside a
 *   longer matched term of another segment counts half ("battery" inside
 *   "battery pack" points to packs more than to cells);
 * - single words (or Chinese and Korean character pairs) shared with the
 *   segment's terms, weighted by how few segments use them (inverse document
 *   frequency), so "ginsenoside" says much and "system" little.
 * score = 1 − e^(−evidence/2), in [0, 1); ties by segment id.
 */
import { BadUserInputError } from '../errors.js';
import { INPUT_LIMITS } from '../input-limits.js';
import { queryWordVariants } from './latin-variants.js';
import type { Segment } from './model-types.js';
import { compactSearchText, containsCjk, containsWordSequence } from './search-text.js';
import { characterPairs, segmentsByToken, STOP_WORDS, suggestionTermsOf, wordStem, type SuggestionTerm } from './suggestion-terms.js';
import { zoneIndustryChainModel } from './zone-model.js';

/** One suggested segment, with what in the text pointed to it. */
export interface SegmentSuggestion {
  segment: Segment;
  /** In [0, 1): how strongly the text points to the segment. */
  score: number;
  /** Terms and words of the text that matched, most telling first. */
  matched: string[];
}

/** What a matched whole term is worth before the subsumption rules. */
const TERM_WEIGHT = { base: 1, perExtraWord: 0.5, perExtraCharacter: 0.25, max: 2.5 } as const;
/** A term inside a longer matched term of another segment counts this share. */
const INSIDE_OTHER_SEGMENTS_TERM = 0.5;
/** Weight of single shared words and character pairs, at the rarest (one segment). */
const TOKEN_WEIGHT = { latin: 0.6, characterPair: 0.3 } as const;

interface PreparedText {
  compact: string;
  words: string[][];
  hasCjk: boolean;
}

interface TermHit {
  term: SuggestionTerm;
  weight: number;
  /** For subsumption: the term's own matching key. */
  key: string;
}

function termWeight(term: SuggestionTerm): number {
  const extra =
    term.compact !== null
      ? TERM_WEIGHT.perExtraCharacter * Math.max(0, Array.from(term.compact).length - 2)
      : TERM_WEIGHT.perExtraWord * Math.max(0, (term.words?.[0]?.length ?? 1) - 1);
  return Math.min(TERM_WEIGHT.max, TERM_WEIGHT.base + extra);
}

function termFound(text: PreparedText, term: SuggestionTerm): boolean {
  if (term.compact !== null) return text.hasCjk && Array.from(term.compact).length >= 2 && text.compact.includes(term.compact);
  return (term.words ?? []).some((variant) => variant.length > 0 && text.words.some((words) => containsWordSequence(words, variant)));
}

const keyOf = (term: SuggestionTerm) => term.compact ?? (term.words?.[0] ?? []).join(' ');
const inside = (short: string, long: string) => short !== long && long.includes(short);

export class SegmentSuggester {
  private readonly terms: readonly SuggestionTerm[];
  private readonly tokenIndex: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly segmentsById: ReadonlyMap<string, Segment>;

  constructor(segments: readonly Segment[]) {
    this.terms = suggestionTermsOf(segments);
    this.tokenIndex = segmentsByToken(this.terms);
    this.segmentsById = new Map(segments.map((s) => [s.id, s]));
  }

  /** The segments the text points to, best first, at most `first`. Blank text suggests nothing. */
  suggest(text: string, first: number): SegmentSuggestion[] {
    const prepared: PreparedText = { compact: compactSearchText(text), words: queryWordVariants(text), hasCjk: containsCjk(text) };
    if (prepared.compact.length === 0) return [];
    const evidence = new Map<string, { total: number; matched: Map<string, number> }>();
    const credit = (segmentId: string, what: string, weight: number) => {
      const entry = evidence.get(segmentId) ?? { total: 0, matched: new Map<string, number>() };
      entry.total += weight;
      entry.matched.set(what, Math.max(weight, entry.matched.get(what) ?? 0));
      evidence.set(segmentId, entry);
    };
    const hits = this.termHits(prepared);
    for (const hit of hits) credit(hit.term.segmentId, hit.term.text, hit.weight);
    this.creditTokens(prepared, hits, credit);
    return [...evidence.entries()]
      .map(([id, e]) => ({ id, raw: e.total, matched: [...e.matched.entries()].sort((a, b) => b[1] - a[1]).map(([what]) => what) }))
      .sort((a, b) => b.raw - a.raw || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, first)
      .flatMap(({ id, raw, matched }) => {
        const segment = this.segmentsById.get(id);
        return segment ? [{ segment, score: Math.round((1 - Math.exp(-raw / 2)) * 1000) / 1000, matched }] : [];
      });
  }

  /** Whole terms found in the text, after the subsumption rules. */
  private termHits(text: PreparedText): TermHit[] {
    const found = this.terms.filter((term) => termFound(text, term)).map((term) => ({ term, weight: termWeight(term), key: keyOf(term) }));
    return found.flatMap((hit) => {
      const longer = found.filter((other) => inside(hit.key, other.key));
      if (longer.some((other) => other.term.segmentId === hit.term.segmentId)) return [];
      const weight = longer.length > 0 ? hit.weight * INSIDE_OTHER_SEGMENTS_TERM : hit.weight;
      return [{ ...hit, weight }];
    });
  }

  /** Single words and character pairs of the text shared with segments' terms, weighted by rarity. */
  private creditTokens(
    text: PreparedText,
    hits: readonly TermHit[],
    credit: (segmentId: string, what: string, weight: number) => void,
  ): void {
    const segmentCount = this.segmentsById.size;
    const words = (text.words[0] ?? []).filter((w) => w.length >= 3 && !STOP_WORDS.has(w));
    const latin = [...new Set(words.map(wordStem))].map((w) => [w, TOKEN_WEIGHT.latin] as const);
    const pairs = text.hasCjk ? [...new Set(characterPairs(text.compact))].map((p) => [p, TOKEN_WEIGHT.characterPair] as const) : [];
    for (const [token, weight] of [...latin, ...pairs]) {
      const segments = this.tokenIndex.get(token);
      if (!segments) continue;
      const rarity = Math.log(1 + segmentCount / segments.size) / Math.log(1 + segmentCount);
      for (const segmentId of segments) {
        // A word already inside a whole matched term of this segment adds nothing new.
        if (hits.some((h) => h.term.segmentId === segmentId && h.key.includes(token))) continue;
        credit(segmentId, token, weight * rarity);
      }
    }
  }
}

/** Bounds of a suggestion request, defined once (schema descriptions and docs quote them). */
export const SUGGESTION_LIMITS = {
  /** As long as an organization's or collaboration's description may be. */
  maxTextLength: INPUT_LIMITS.descriptionLength,
  defaultFirst: 5,
  maxFirst: 20,
} as const;

let zoneSuggester: SegmentSuggester | undefined;

/**
 * Segments of the zone's model that a description points to, best first.
 * Rejects text over SUGGESTION_LIMITS.maxTextLength and `first` outside
 * 1..maxFirst with BAD_USER_INPUT. The suggester is built on first use, so
 * requests that never suggest pay nothing at cold start.
 */
export function suggestSegments(text: string, first: number | null | undefined): SegmentSuggestion[] {
  const size = first ?? SUGGESTION_LIMITS.defaultFirst;
  if (!Number.isInteger(size) || size < 1 || size > SUGGESTION_LIMITS.maxFirst)
    throw new BadUserInputError(`must be between 1 and ${SUGGESTION_LIMITS.maxFirst}`, 'first');
  if (Array.from(text).length > SUGGESTION_LIMITS.maxTextLength)
    throw new BadUserInputError(`must be at most ${SUGGESTION_LIMITS.maxTextLength} characters`, 'text');
  zoneSuggester ??= new SegmentSuggester(zoneIndustryChainModel.segments());
  return zoneSuggester.suggest(text, size);
}
