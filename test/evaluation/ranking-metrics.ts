/**
 * Ranking-quality metrics of the evaluation: precision@k and NDCG@k over
 * graded relevance (pure functions of a ranked id list and the grades).
 */
import type { Grade } from './queries.js';

/** Grade at which a partner counts as relevant for precision. */
export const RELEVANT_GRADE = 2;

/**
 * Relevant results in the top k, over min(k, number of relevant partners), so
 * a query with only two good partners can still reach 1.
 */
export function precisionAt(k: number, ranked: readonly string[], relevance: Record<string, Grade>): number {
  const relevant = Object.values(relevance).filter((g) => g >= RELEVANT_GRADE).length;
  if (relevant === 0) return 1;
  const hits = ranked.slice(0, k).filter((id) => (relevance[id] ?? 0) >= RELEVANT_GRADE).length;
  return hits / Math.min(k, relevant);
}

function dcg(grades: readonly number[]): number {
  return grades.reduce((sum, grade, i) => sum + (2 ** grade - 1) / Math.log2(i + 2), 0);
}

/** Normalized discounted cumulative gain at k (gain 2^grade − 1). */
export function ndcgAt(k: number, ranked: readonly string[], relevance: Record<string, Grade>): number {
  const ideal = dcg(
    Object.values(relevance)
      .sort((a, b) => b - a)
      .slice(0, k),
  );
  if (ideal === 0) return 1;
  return dcg(ranked.slice(0, k).map((id) => relevance[id] ?? 0)) / ideal;
}
