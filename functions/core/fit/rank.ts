/**
 * Deterministic ranking: highest ranking score first, ties broken by
 * organization id, so the same data always gives the same order. The ranking
 * score is the fit score less the intent demotion (./stated-need.ts): the
 * order puts stated needs first, the score stays what the components add up to.
 */
import type { Fit } from './fit-score.js';
import { intentDemotion } from './stated-need.js';

/** What ranking reads of a fit; fits scored without a stated-need standing rank by score alone. */
export type Rankable = Pick<Fit, 'score' | 'candidate'> & Partial<Pick<Fit, 'statedNeed'>>;

/** The value the ranking sorts by: the score, demoted for candidates that meet none of the seeker's stated needs. */
export function rankingScore(fit: Rankable): number {
  return fit.score - intentDemotion(fit.statedNeed ?? 'NONE_STATED');
}

export function compareFits(a: Rankable, b: Rankable): number {
  return rankingScore(b) - rankingScore(a) || (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0);
}

/** The fits sorted best first (a new array). */
export function rankFits<T extends Rankable>(fits: readonly T[]): T[] {
  return [...fits].sort(compareFits);
}
