/**
 * Zone statistics for administrators: how many organizations the zone has by
 * country, type and verification, and by country and chain group, how many collaborations are open, closed or
 * expired, and how many matches are in each status and outcome. Pure tallies
 * over the small facts the store reads from the listing partitions (no Scan;
 * see store/statistics-repository.ts).
 */
import { effectiveStatus, COLLABORATION_STATUSES, type Collaboration, type CollaborationStatus } from './collaboration.js';
import { MATCH_OUTCOMES, MATCH_STATUSES, type MatchOutcome, type MatchRecord, type MatchStatus } from './match/match-record.js';
import { VERIFICATION_STATUSES, type Organization, type VerificationStatus } from './organization.js';
import { COUNTRIES, ORGANIZATION_TYPES, type Country, type OrganizationType } from './vocabulary.js';

/** The facts of one organization the statistics count: `chains` are the chains of the segments it offers. */
export type OrganizationFacts = Pick<Organization, 'country' | 'type' | 'verification'> & { chains: readonly string[] };

/** The chain groups (the plan's key-task areas) in plan order, and the group each chain belongs to. */
export interface ChainGroups {
  ids: readonly string[];
  groupOf: (chainId: string) => string | undefined;
}

/** Organizations of one country offering segments in one chain group. */
export interface CountryChainGroupTally {
  country: Country;
  chainGroupId: string;
  count: number;
}
/** The facts of one collaboration the statistics count (its effective status is derived). */
export type CollaborationFacts = Pick<Collaboration, 'status' | 'expiresAt'>;
/** The facts of one match the statistics count. */
export type MatchFacts = Pick<MatchRecord, 'status' | 'outcome'>;

/** Everything the statistics are tallied from. */
export interface ZoneFacts {
  organizations: readonly OrganizationFacts[];
  collaborations: readonly CollaborationFacts[];
  matches: readonly MatchFacts[];
}

/** How many of the counted things have one value of a vocabulary. */
export interface Tally<Key extends string> {
  key: Key;
  count: number;
}

/** What administrators see: every tally lists every value of its vocabulary. */
export interface ZoneStatistics {
  organizations: {
    total: number;
    byCountry: Tally<Country>[];
    byType: Tally<OrganizationType>[];
    byVerification: Tally<VerificationStatus>[];
    /** Every country × group pair, zero included; an organization counts once in each group it offers segments in. */
    byCountryAndChainGroup: CountryChainGroupTally[];
  };
  /** By effective status: an open collaboration past its expiry counts as EXPIRED. */
  collaborations: { total: number; byStatus: Tally<CollaborationStatus>[] };
  /** byOutcome counts the (mutual) matches with an outcome recorded, by their latest outcome. */
  matches: { total: number; byStatus: Tally<MatchStatus>[]; byOutcome: Tally<MatchOutcome>[] };
  computedAt: string;
}

/** Counts per key, listing every key of the vocabulary (zero included) in vocabulary order. */
export function tally<Key extends string>(keys: readonly Key[], values: readonly Key[]): Tally<Key>[] {
  return keys.map((key) => ({ key, count: values.filter((value) => value === key).length }));
}

/**
 * Organizations by country and chain group: each organization once per group of
 * the chains it offers in (one offering in two groups counts in both), every
 * country × group listed in vocabulary and plan order.
 */
export function byCountryAndChainGroup(organizations: readonly OrganizationFacts[], groups: ChainGroups): CountryChainGroupTally[] {
  const counts = new Map<string, number>();
  for (const org of organizations) {
    const groupIds = new Set(org.chains.flatMap((chain) => groups.groupOf(chain) ?? []));
    for (const groupId of groupIds) counts.set(`${org.country}\u0000${groupId}`, (counts.get(`${org.country}\u0000${groupId}`) ?? 0) + 1);
  }
  return COUNTRIES.flatMap((country) =>
    groups.ids.map((chainGroupId) => ({ country, chainGroupId, count: counts.get(`${country}\u0000${chainGroupId}`) ?? 0 })),
  );
}

/** Tallies the facts as of `now` (collaborations by effective status; organizations by the zone's chain groups). */
export function zoneStatisticsOf({ organizations, collaborations, matches }: ZoneFacts, now: Date, groups: ChainGroups): ZoneStatistics {
  return {
    organizations: {
      total: organizations.length,
      byCountry: tally(
        COUNTRIES,
        organizations.map((org) => org.country),
      ),
      byType: tally(
        ORGANIZATION_TYPES,
        organizations.map((org) => org.type),
      ),
      byVerification: tally(
        VERIFICATION_STATUSES,
        organizations.map((org) => org.verification),
      ),
      byCountryAndChainGroup: byCountryAndChainGroup(organizations, groups),
    },
    collaborations: {
      total: collaborations.length,
      byStatus: tally(
        COLLABORATION_STATUSES,
        collaborations.map((collaboration) => effectiveStatus(collaboration, now)),
      ),
    },
    matches: {
      total: matches.length,
      byStatus: tally(
        MATCH_STATUSES,
        matches.map((match) => match.status),
      ),
      byOutcome: tally(
        MATCH_OUTCOMES,
        matches.flatMap((match) => (match.outcome ? [match.outcome] : [])),
      ),
    },
    computedAt: now.toISOString(),
  };
}
