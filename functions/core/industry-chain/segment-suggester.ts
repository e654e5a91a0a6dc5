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
import { queryWordVariants } from './latin-variants.js';
import type { ChainGraph, SupplyNeighbour } from './chain-graph.js';
import type { Segment } from './model-types.js';
import { compactSearchText, containsCjk, containsWordSequence } from './search-text.js';
import { characterPairs, segmentsByToken, STOP_WORDS, suggestionTermsOf, wordStem, type SuggestionTerm } from './suggestion-terms.js';

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
/**
 * Chain coherence (see chainSupport): evidence that counts as strong (one
 * whole term is 1), the boost per strongly evidenced neighbour, and its cap.
 */
const COHERENCE = { strongEvidence: 1, perSupporter: 0.5, max: 1 } as const;
/** Share of the weaker side's evidence a segment gains when the text names both its suppliers and its customers. */
const BRIDGE_SHARE = 0.5;
/** The chain questions coherence asks. */
export type SuggestionGraph = Pick<ChainGraph, 'chainIdOf' | 'segmentsOfChain' | 'suppliersOf' | 'customersOf'>;
/**
 * A Latin term whose words occur in order with up to `words` other words
 * between them ("electric passenger cars" for "electric car") counts `share`
 * of a term found as written.
 */
const PHRASE_GAP = { words: 2, share: 0.75 } as const;
/** Where a clause ends: gapped phrases do not reach across ("power electronics, batteries" is no "power battery"). */
const CLAUSE_BREAK = /[,.;:!?()，。；：、！？（）]/u;
/** A word inside a matched whole term counts this share for other segments. */
const PHRASE_WORD_ELSEWHERE = 0.5;
/** Weight of single shared words and character pairs, at the rarest (one segment). */
const TOKEN_WEIGHT = { latin: 0.6, characterPair: 0.3 } as const;

interface PreparedText {
  compact: string;
  words: string[][];
  /** Word lists of each clause (between commas, full stops…): gapped phrases stay inside one. */
  clauses: string[][];
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

/** How a term occurs in the text: as written, with a few words between its words, or not at all. */
type TermOccurrence = 'whole' | 'gapped' | null;

function termOccurrence(text: PreparedText, term: SuggestionTerm): TermOccurrence {
  if (term.compact !== null)
    return text.hasCjk && Array.from(term.compact).length >= 2 && text.compact.includes(term.compact) ? 'whole' : null;
  const variants = (term.words ?? []).filter((variant) => variant.length > 0);
  if (variants.some((variant) => text.words.some((words) => containsWordSequence(words, variant)))) return 'whole';
  const gapped = variants.some(
    (variant) => variant.length >= 2 && text.clauses.some((words) => containsWordsInOrder(words, variant, PHRASE_GAP.words)),
  );
  return gapped ? 'gapped' : null;
}

/**
 * Whether `part`'s words occur in `whole` in order, spanning at most
 * `part.length + maxGap` words: "electric passenger cars" holds "electric car",
 * "motor, reducer and inverter" does not hold "motor inverter" beyond the gap.
 */
function containsWordsInOrder(whole: readonly string[], part: readonly string[], maxGap: number): boolean {
  for (let start = 0; start < whole.length; start++) {
    if (whole[start] !== part[0]) continue;
    let next = 1;
    for (let i = start + 1; i < whole.length && next < part.length && i - start < part.length + maxGap; i++) {
      if (whole[i] === part[next]) next++;
    }
    if (next === part.length) return true;
  }
  return false;
}

const keyOf = (term: SuggestionTerm) => term.compact ?? (term.words?.[0] ?? []).join(' ');
const inside = (short: string, long: string) => short !== long && long.includes(short);

export class SegmentSuggester {
  private readonly terms: readonly SuggestionTerm[];
  private readonly tokenIndex: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly segmentsById: ReadonlyMap<string, Segment>;

  /** Without a graph, no chain coherence (tests of the word evidence alone). */
  constructor(
    segments: readonly Segment[],
    private readonly graph?: SuggestionGraph,
  ) {
    this.terms = suggestionTermsOf(segments);
    this.tokenIndex = segmentsByToken(this.terms);
    this.segmentsById = new Map(segments.map((s) => [s.id, s]));
  }

  /** The segments the text points to, best first, at most `first`. Blank text suggests nothing. */
  suggest(text: string, first: number): SegmentSuggestion[] {
    const prepared: PreparedText = {
      compact: compactSearchText(text),
      words: queryWordVariants(text),
      clauses: text.split(CLAUSE_BREAK).flatMap((clause) => queryWordVariants(clause)),
      hasCjk: containsCjk(text),
    };
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
    const coherent = this.coherentEvidence(evidence);
    return [...evidence.entries()]
      .map(([id, e]) => ({
        id,
        raw: coherent.get(id) ?? e.total,
        matched: [...e.matched.entries()].sort((a, b) => b[1] - a[1]).map(([what]) => what),
      }))
      .sort((a, b) => b.raw - a.raw || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, first)
      .flatMap(({ id, raw, matched }) => {
        const segment = this.segmentsById.get(id);
        return segment ? [{ segment, score: Math.round((1 - Math.exp(-raw / 2)) * 1000) / 1000, matched }] : [];
      });
  }

  /**
   * Chain coherence: a description names its main product outright and its
   * neighbouring activities loosely ("designs and *packages* IGBT modules",
   * "research university with *labs*"). For a segment with some evidence of
   * its own:
   * - support: each chain neighbour (same chain, or one supply link away)
   *   adds COHERENCE.perSupporter in proportion to its own evidence (fully
   *   from COHERENCE.strongEvidence), up to COHERENCE.max, and the segment's
   *   evidence grows by that share;
   * - bridging: when the text names both something the segment is supplied
   *   with and something it supplies ("industrial software *for factories*"),
   *   the segment is what connects them: BRIDGE_SHARE of the weaker side is
   *   added to its evidence first.
   * Both read the evidence before any of them applies, so order does not matter.
   */
  private coherentEvidence(evidence: ReadonlyMap<string, { total: number }>): Map<string, number> {
    const own = (id: string) => evidence.get(id)?.total ?? 0;
    const result = new Map<string, number>();
    for (const [id, { total }] of evidence) {
      if (!this.graph) {
        result.set(id, total);
        continue;
      }
      const support = this.neighboursOf(id)
        .filter((n) => n !== id)
        .reduce((sum, n) => sum + Math.min(1, own(n) / COHERENCE.strongEvidence), 0);
      const best = (list: readonly SupplyNeighbour[]) => Math.max(0, ...list.map((n) => own(n.segmentId)));
      const bridge = Math.min(best(this.graph.suppliersOf(id)), best(this.graph.customersOf(id))) * BRIDGE_SHARE;
      result.set(id, (total + bridge) * (1 + Math.min(COHERENCE.max, support * COHERENCE.perSupporter)));
    }
    return result;
  }

  private neighboursOf(segmentId: string): string[] {
    const graph = this.graph;
    if (!graph) return [];
    const chainId = graph.chainIdOf(segmentId);
    return [
      ...new Set([
        ...(chainId ? graph.segmentsOfChain(chainId) : []),
        ...graph.suppliersOf(segmentId).map((n) => n.segmentId),
        ...graph.customersOf(segmentId).map((n) => n.segmentId),
      ]),
    ];
  }

  /** Whole terms found in the text, after the subsumption rules. */
  private termHits(text: PreparedText): TermHit[] {
    const found = this.terms.flatMap((term) => {
      const occurrence = termOccurrence(text, term);
      if (occurrence === null) return [];
      return [{ term, weight: termWeight(term) * (occurrence === 'gapped' ? PHRASE_GAP.share : 1), key: keyOf(term) }];
    });
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
      // A word inside a whole matched term belongs to that phrase: it adds nothing
      // new to the term's segment and only PHRASE_WORD_ELSEWHERE to others
      // ("power" of "power module" is not evidence of power batteries).
      const inPhrase = hits.filter((h) => h.key.includes(token));
      for (const segmentId of segments) {
        if (inPhrase.some((h) => h.term.segmentId === segmentId)) continue;
        credit(segmentId, token, weight * rarity * (inPhrase.length > 0 ? PHRASE_WORD_ELSEWHERE : 1));
      }
    }
  }
}
