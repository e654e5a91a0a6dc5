/**
 * Zone statistics for administrators: how many organizations the zone has by
 * country, type and verification, how many postings are open, closed or
 * expired, and how many matches are in each status and outcome. Pure tallies
 * over the small facts the store reads from the listing partitions (no Scan;
 * see store/statistics-repository.ts).
 */
import { effectiveStatus, COLLABORATION_STATUSES, type Collaboration, type CollaborationStatus } from './collaboration.js';
import { MATCH_OUTCOMES, MATCH_STATUSES, type MatchOutcome, type MatchRecord, type MatchStatus } from './match/match-record.js';
import { VERIFICATION_STATUSES, type Organization, type VerificationStatus } from './organization.js';
import { COUNTRIES, ORGANIZATION_TYPES, type Country, type OrganizationType } from './vocabulary.js';

export type OrganizationFacts = Pick<Organization, 'country' | 'type' | 'verification'>;
export type PostingFacts = Pick<Collaboration, 'status' | 'expiresAt'>;
export type MatchFacts = Pick<MatchRecord, 'status' | 'outcome'>;

/** Everything the statistics are tallied from. */
export interface ZoneFacts {
  organizations: readonly OrganizationFacts[];
  postings: readonly PostingFacts[];
  matches: readonly MatchFacts[];
}

export interface Tally<Key extends string> {
  key: Key;
  count: number;
}

export interface ZoneStatistics {
  organizations: {
    total: number;
    byCountry: Tally<Country>[];
    byType: Tally<OrganizationType>[];
    byVerification: Tally<VerificationStatus>[];
  };
  /** By effective status: an open posting past its expiry counts as EXPIRED. */
  postings: { total: number; byStatus: Tally<CollaborationStatus>[] };
  /** byOutcome counts the (mutual) matches with an outcome recorded, by their latest outcome. */
  matches: { total: number; byStatus: Tally<MatchStatus>[]; byOutcome: Tally<MatchOutcome>[] };
  computedAt: string;
}

/** Counts per key, listing every key of the vocabulary (zero included) in vocabulary order. */
export function tally<Key extends string>(keys: readonly Key[], values: readonly Key[]): Tally<Key>[] {
  return keys.map((key) => ({ key, count: values.filter((value) => value === key).length }));
}

export function zoneStatisticsOf({ organizations, postings, matches }: ZoneFacts, now: Date): ZoneStatistics {
  return {
    organizations: {
      total: organizations.length,
      byCountry: tally(COUNTRIES, organizations.map((org) => org.country)),
      byType: tally(ORGANIZATION_TYPES, organizations.map((org) => org.type)),
      byVerification: tally(VERIFICATION_STATUSES, organizations.map((org) => org.verification)),
    },
    postings: {
      total: postings.length,
      byStatus: tally(COLLABORATION_STATUSES, postings.map((posting) => effectiveStatus(posting, now))),
    },
    matches: {
      total: matches.length,
      byStatus: tally(MATCH_STATUSES, matches.map((match) => match.status)),
      byOutcome: tally(MATCH_OUTCOMES, matches.flatMap((match) => (match.outcome ? [match.outcome] : []))),
    },
    computedAt: now.toISOString(),
  };
}
