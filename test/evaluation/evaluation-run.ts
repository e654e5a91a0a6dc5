/**
 * One run of the labelled evaluation set through the core's ranking (no
 * DynamoDB): the quality test asserts its bar on it, the matching-doc test
 * checks the figures docs/matching.md quotes against it.
 */
import { NO_FILTERS } from '../../functions/core/fit/hard-filters.js';
import { rankPartners } from '../../functions/core/fit/partner-ranking.js';
import { zoneIndustryChainModel } from '../../functions/core/industry-chain/zone-model.js';
import { EVALUATION_ORGANIZATIONS } from './organizations.js';
import { EVALUATION_QUERIES, type EvaluationQuery } from './queries.js';
import { ndcgAt, precisionAt } from './ranking-metrics.js';

/** Ids of the top 10 candidates for a query, best first, ranked against the zone's model. */
export function rankedIds(query: EvaluationQuery): string[] {
  return rankPartners(zoneIndustryChainModel.chainGraph, query.request, EVALUATION_ORGANIZATIONS, {
    filters: { ...NO_FILTERS, ...query.filters },
    minScore: 0,
    first: 10,
  }).map((fit) => fit.candidate.id);
}

/** One query's figures. */
export interface EvaluationRow {
  query: string;
  p3: number;
  ndcg5: number;
  top3: string;
}

/** The figures of the whole set: one row per query and the means. */
export interface EvaluationResult {
  rows: EvaluationRow[];
  meanPrecisionAt3: number;
  meanNdcgAt5: number;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Ranks every query of the set and measures precision@3 and NDCG@5. */
export function evaluateRanking(): EvaluationResult {
  const rows = EVALUATION_QUERIES.map((query) => {
    const ranked = rankedIds(query);
    return {
      query: query.name,
      p3: precisionAt(3, ranked, query.relevance),
      ndcg5: ndcgAt(5, ranked, query.relevance),
      top3: ranked.slice(0, 3).join(', '),
    };
  });
  return { rows, meanPrecisionAt3: mean(rows.map((r) => r.p3)), meanNdcgAt5: mean(rows.map((r) => r.ndcg5)) };
}
