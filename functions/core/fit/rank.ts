/**
 * Deterministic ranking: highest score first, ties broken by organization id,
 * so the same data always gives the same order.
 */
import type { Fit } from './fit-score.js';

export function compareFits(a: Pick<Fit, 'score' | 'candidate'>, b: Pick<Fit, 'score' | 'candidate'>): number {
  return b.score - a.score || (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0);
}

/** The fits sorted best first (a new array). */
export function rankFits<T extends Pick<Fit, 'score' | 'candidate'>>(fits: readonly T[]): T[] {
  return [...fits].sort(compareFits);
}
