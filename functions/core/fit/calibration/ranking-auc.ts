/**
 * Area under the ROC curve: the probability that a random positive outranks a
 * random negative (ties count half), i.e. how well a score orders outcomes,
 * whatever its scale. 0.5 is chance.
 */
/* eslint-disable @typescript-eslint/no-non-null-assertion -- dense numeric vectors and matrices, indexed only within their own lengths */

/** AUC of `scores` against `labels` (1 positive, 0 negative); undefined without both kinds. */
export function rankingAuc(scores: readonly number[], labels: readonly (0 | 1)[]): number | undefined {
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  // Mann-Whitney U from average ranks, so ties are handled exactly.
  const order = scores.map((score, i) => ({ score, label: labels[i] })).sort((a, b) => a.score - b.score);
  let rankSumOfPositives = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]!.score === order[start]!.score) end++;
    const averageRank = (start + end) / 2 + 1;
    for (let i = start; i <= end; i++) if (order[i]!.label === 1) rankSumOfPositives += averageRank;
    start = end + 1;
  }
  return (rankSumOfPositives - (positives * (positives + 1)) / 2) / (positives * negatives);
}
