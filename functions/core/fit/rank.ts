/**
 * Deterministic ranking: highest score first, ties broken by organization id,
 * so the same data always gives the same order.
 */
import type { Fit } from './fit-score.js';

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function compareFits(a: Pick<Fit, 'score' | 'candidate'>, b: Pick<Fit, 'score' | 'candidate'>): number {
  return b.score - a.score || compareKeys(a.candidate.id, b.candidate.id);
}

/**
 * Any scored items sorted best first, ties by `keyOf` (a new array): the one
 * order of every ranked list (partners by organization id, recommended
 * collaborations by collaboration id).
 */
export function rankedBy<T>(items: readonly T[], scoreOf: (item: T) => number, keyOf: (item: T) => string): T[] {
  return [...items].sort((a, b) => scoreOf(b) - scoreOf(a) || compareKeys(keyOf(a), keyOf(b)));
}

/** The fits sorted best first (a new array). */
export function rankFits<T extends Pick<Fit, 'score' | 'candidate'>>(fits: readonly T[]): T[] {
  return rankedBy(fits, (fit) => fit.score, (fit) => fit.candidate.id);
}
