/**
 * The sentences an explanation is made of, one implementation per locale
 * (./phrases-en.ts, ./phrases-zh.ts, ./phrases-ko.ts). Each takes names that
 * are already rendered in its locale and returns one sentence.
 */
import type { ReasonDirection } from '../direction-evidence.js';

/** The two parties of a sentence, named in the explanation's locale. */
export interface Pair {
  seeker: string;
  candidate: string;
}

/** One industry-chain reason, with segment names rendered in the locale. */
export interface ReasonFacts extends Pair {
  direction: ReasonDirection;
  seekerSegment: string;
  candidateSegment: string;
  /** The supply link crosses chains. */
  crossChain: boolean;
}

export type Balance = 'MUTUAL' | 'CANDIDATE_SERVES_MORE' | 'SEEKER_SERVES_MORE';

export interface Phrases {
  headline(pair: Pair, score: string): string;
  balance(pair: Pair, balance: Balance): string;
  reason(facts: ReasonFacts): string;
  sharedModes(modes: readonly string[]): string;
  noSharedMode(): string;
  crossBorder(): string;
  park(name: string): string;
  policies(names: readonly string[]): string;
  /** How this locale joins sentences into a paragraph. */
  separator: string;
}
