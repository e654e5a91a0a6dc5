/**
 * Deterministic ranking: highest ranking score first, ties broken by
 * organization id, so the same data always gives the same order. The ranking
 * score is the fit score less the intent demotion (./stated-need.ts) and the
 * feedback demotion (./decline-feedback.ts): the order puts stated needs first
 * and what the seeker declined lower, the score stays what the components add up to.
 */
import type { Fit } from './fit-score.js';
import { intentDemotion } from './stated-need.js';

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What ranking reads of a fit; fits scored without a stated-need standing rank by score alone. */
export type Rankable = Pick<Fit, 'score' | 'candidate'> & Partial<Pick<Fit, 'statedNeed' | 'feedback'>>;

/** The value the ranking sorts by: the score, demoted for candidates meeting none of the seeker's stated needs and for ones like those it declined. */
export function rankingScore(fit: Rankable): number {
  return fit.score - intentDemotion(fit.statedNeed ?? 'NONE_STATED') - (fit.feedback?.demotion ?? 0);
}

export function compareFits(a: Rankable, b: Rankable): number {
  return rankingScore(b) - rankingScore(a) || compareKeys(a.candidate.id, b.candidate.id);
}

/**
 * Any scored items sorted best first, ties by `keyOf` (a new array): the one
 * order of every ranked list (partners by organization id, recommended
 * collaborations by collaboration id).
 */
export function rankedBy<T>(items: readonly T[], scoreOf: (item: T) => number, keyOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => scoreOf(b) - scoreOf(a) || compareKeys(keyOf(a), keyOf(b)));
}

/** The fits sorted best first by ranking score (a new array). */
export function rankFits<T extends Rankable>(fits: readonly T[]): T[] {
  return rankedBy(fits, rankingScore, (fit) => fit.candidate.id);
}
