/**
 * Score recall@10 of partner search against an exhaustive scorer: the same
 * fit model over every synthetic profile in memory (rankPartners with the same
 * filters). A served result counts as found when its ranking score reaches the
 * exhaustive 10th ranking score (ties at the 10th place are interchangeable);
 * recall = found / the exhaustive list's length. Three request kinds: no
 * filter; countries + types (research bodies in the other country); one
 * cooperation mode (the seeker's first).
 */
import { NO_FILTERS, type SearchFilters } from '../functions/core/fit/hard-filters.js';
import type { FitRequest } from '../functions/core/fit/fit-request.js';
import { rankPartners } from '../functions/core/fit/partner-ranking.js';
import { rankingScore } from '../functions/core/fit/rank.js';
import { zoneIndustryChainModel } from '../functions/core/industry-chain/zone-model.js';
import type { MatchProfile } from '../functions/core/match-profile.js';
import type { CooperationMode, Country, OrganizationType } from '../functions/core/vocabulary.js';

export const REQUEST_KINDS = ['unfiltered', 'countries + types', 'cooperation modes'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** The search input of a request kind (GraphQL PartnerSearchInput fields) for a seeker. */
export interface KindInput {
  countries?: Country[];
  types?: OrganizationType[];
  modes?: CooperationMode[];
}

export function inputOf(kind: RequestKind, seeker: MatchProfile): KindInput {
  if (kind === 'countries + types')
    return { countries: [seeker.country === 'CN' ? 'KR' : 'CN'], types: ['UNIVERSITY', 'RESEARCH_INSTITUTE'] };
  if (kind === 'cooperation modes') return { modes: [seeker.cooperationModes[0] ?? 'JOINT_RND'] };
  return {};
}

function requestOf(seeker: MatchProfile, input: KindInput): { request: FitRequest; filters: SearchFilters } {
  const modes = input.modes ?? [];
  return {
    request: { seeker, modes, crossBorderPreferred: true },
    filters: { ...NO_FILTERS, countries: input.countries ?? [], types: input.types ?? [], modes },
  };
}

const graph = zoneIndustryChainModel.chainGraph;

/** Found and expected counts of one search: the served ids against the exhaustive top `first`. */
export function scoreRecall(
  profiles: readonly MatchProfile[],
  byId: ReadonlyMap<string, MatchProfile>,
  seeker: MatchProfile,
  input: KindInput,
  servedIds: readonly string[],
  first = 10,
): { found: number; expected: number } {
  const { request, filters } = requestOf(seeker, input);
  const exhaustive = rankPartners(graph, request, profiles, { filters, minScore: 0, first });
  const last = exhaustive.at(-1);
  if (!last) return { found: 0, expected: 0 };
  const served = rankPartners(
    graph,
    request,
    servedIds.flatMap((id) => byId.get(id) ?? []),
    { filters, minScore: 0, first },
  );
  const tenth = rankingScore(last);
  return { found: served.filter((fit) => rankingScore(fit) >= tenth).length, expected: exhaustive.length };
}
