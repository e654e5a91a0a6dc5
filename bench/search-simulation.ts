/**
 * `npm run bench:search-simulation`: the partner-search benchmark's recall
 * measurement in memory, for weighing read plans without DynamoDB. The
 * benchmark's synthetic organizations and 20 seekers, the candidate index
 * modelled as its sub-partitions sorted by sort key (built by the same item
 * builders), the search plan of core/fit/search-plan.ts with the read sizes
 * given here, the same fit model and the same exhaustive scorer as
 * bench/search.ts. Prints score recall@10 and index items read per search for
 * each request kind; docs/matching.md §4 quotes its figures.
 *
 * Environment: SIM_ORGANIZATIONS (100000), SIM_DEEP_READS (DEEP_READS_PER_SEARCH),
 * SIM_DEEP_ITEMS (CANDIDATES_PER_DEEP_READ), SIM_SHALLOW_ITEMS (CANDIDATES_PER_SHALLOW_READ).
 */
import { NO_FILTERS } from '../functions/core/fit/hard-filters.js';
import { rankPartners } from '../functions/core/fit/partner-ranking.js';
import {
  CANDIDATES_PER_DEEP_READ,
  CANDIDATES_PER_SHALLOW_READ,
  candidateReads,
  DEEP_READS_PER_SEARCH,
} from '../functions/core/fit/search-plan.js';
import { zoneIndustryChainModel } from '../functions/core/industry-chain/zone-model.js';
import { matchProfileOf, type MatchProfile } from '../functions/core/match-profile.js';
import { candidatePartition } from '../functions/store/items/keys.js';
import { MATCH_INDEX_ITEM, organizationIndexItems } from '../functions/store/items/organization-index-items.js';
import { inputOf, REQUEST_KINDS, scoreRecall } from './search-recall.js';
import { syntheticOrganizations } from './synthetic-organizations.js';

const setting = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const ORGANIZATIONS = setting('SIM_ORGANIZATIONS', 100_000);
const DEEP_READS = setting('SIM_DEEP_READS', DEEP_READS_PER_SEARCH);
const DEEP_ITEMS = setting('SIM_DEEP_ITEMS', CANDIDATES_PER_DEEP_READ);
const SHALLOW_ITEMS = setting('SIM_SHALLOW_ITEMS', CANDIDATES_PER_SHALLOW_READ);
const SEEKERS = 20;

const graph = zoneIndustryChainModel.chainGraph;
const organizations = syntheticOrganizations(ORGANIZATIONS);
const profiles = organizations.map(matchProfileOf);
const byId = new Map(profiles.map((profile) => [profile.id, profile]));

/** The candidate index in memory: each sub-partition's profiles in sort-key order. */
function candidateIndex(): Map<string, MatchProfile[]> {
  const entries = new Map<string, { sk: string; profile: MatchProfile }[]>();
  for (const org of organizations) {
    for (const item of organizationIndexItems(org)) {
      const list = entries.get(item.pk) ?? [];
      list.push({ sk: item.sk, profile: MATCH_INDEX_ITEM.parse(item) });
      entries.set(item.pk, list);
    }
  }
  return new Map([...entries].map(([pk, list]) => [pk, list.sort((a, b) => (a.sk < b.sk ? -1 : 1)).map((entry) => entry.profile)]));
}

const index = candidateIndex();
const seekers = Array.from({ length: SEEKERS }, (_, i) => byId.get(`bench-${String(i * 50).padStart(6, '0')}`) as MatchProfile);
console.log(`${ORGANIZATIONS} organizations; reads: ${DEEP_READS} × ${DEEP_ITEMS} + the rest × ${SHALLOW_ITEMS}`);
for (const kind of REQUEST_KINDS) {
  let found = 0;
  let expected = 0;
  let read = 0;
  for (const seeker of seekers) {
    const input = inputOf(kind, seeker);
    const modes = input.modes ?? [];
    const filters = { ...NO_FILTERS, countries: input.countries ?? [], types: input.types ?? [], modes };
    const request = { seeker, modes, crossBorderPreferred: true };
    const candidates = candidateReads(graph, request, filters).flatMap((plan, i) =>
      (index.get(candidatePartition(plan.side, plan.segmentId, plan.country, plan.group)) ?? []).slice(
        0,
        i < DEEP_READS ? DEEP_ITEMS : SHALLOW_ITEMS,
      ),
    );
    read += candidates.length;
    const served = rankPartners(graph, request, candidates, { filters, minScore: 0, first: 10 });
    const recall = scoreRecall(
      profiles,
      byId,
      seeker,
      input,
      served.map((fit) => fit.candidate.id),
    );
    found += recall.found;
    expected += recall.expected;
  }
  console.log(`${kind}: recall@10 ${(found / expected).toFixed(3)}, index items read per search ${(read / seekers.length).toFixed(0)}`);
}
