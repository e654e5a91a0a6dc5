import { describe, expect, it } from 'vitest';
import { candidateQuality } from '../../../functions/core/fit/candidate-quality.js';
import { NO_FILTERS } from '../../../functions/core/fit/hard-filters.js';
import { rankPartners } from '../../../functions/core/fit/partner-ranking.js';
import { candidateReads, candidateTypeGroupOf, MAX_PARTITIONS_PER_SEARCH } from '../../../functions/core/fit/search-plan.js';
import { zoneIndustryChainModel } from '../../../functions/core/industry-chain/zone-model.js';
import type { MatchProfile } from '../../../functions/core/match-profile.js';
import { candidatePartition } from '../../../functions/store/items/keys.js';
import { rankedIds } from '../../evaluation/evaluation-run.js';
import { EVALUATION_ORGANIZATIONS } from '../../evaluation/organizations.js';
import { EVALUATION_QUERIES } from '../../evaluation/queries.js';

/**
 * The labelled evaluation set ranks every organization (test/evaluation);
 * here each query goes through candidate generation first, as partner search
 * does: the candidate index built in memory with the store's partition keys and
 * sort order, read by the plan's sub-partitions and limits. Candidate
 * generation must lose nothing the evaluation measures: the same top 10, so the
 * same precision@3 and NDCG@5.
 */
const graph = zoneIndustryChainModel.chainGraph;

function candidateIndex(profiles: readonly MatchProfile[]): Map<string, MatchProfile[]> {
  const index = new Map<string, MatchProfile[]>();
  const add = (key: string, profile: MatchProfile) => index.set(key, [...(index.get(key) ?? []), profile]);
  for (const profile of profiles.filter((p) => p.verification !== 'SUSPENDED')) {
    const group = candidateTypeGroupOf(profile.type);
    for (const segment of profile.offers) add(candidatePartition('OFFERS', segment, profile.country, group), profile);
    for (const segment of profile.seeks) add(candidatePartition('SEEKS', segment, profile.country, group), profile);
  }
  for (const list of index.values()) list.sort((a, b) => candidateQuality(b) - candidateQuality(a) || (a.id < b.id ? -1 : 1));
  return index;
}

describe('the evaluation set through candidate generation', () => {
  const index = candidateIndex(EVALUATION_ORGANIZATIONS);

  it('ranks the same top 5 for every query (so the same precision@3 and NDCG@5), and the same top 10 where the plan fits under the read cap', () => {
    for (const query of EVALUATION_QUERIES) {
      const filters = { ...NO_FILTERS, ...query.filters };
      const reads = candidateReads(graph, query.request, filters);
      const candidates = reads.flatMap(
        (read) => index.get(candidatePartition(read.side, read.segmentId, read.country, read.group))?.slice(0, read.limit) ?? [],
      );
      const ranked = rankPartners(graph, query.request, candidates, { filters, minScore: 0, first: 10 }).map((fit) => fit.candidate.id);
      const everyone = rankedIds(query);
      expect([query.name, ranked.slice(0, 5)]).toEqual([query.name, everyone.slice(0, 5)]);
      // A seeker naming more sub-partitions than the cap loses its weakest-evidence ones (docs/matching.md §4).
      if (reads.length < MAX_PARTITIONS_PER_SEARCH) expect([query.name, ranked]).toEqual([query.name, everyone]);
    }
  });
});
