/**
 * The match items (docs/data-model-matches.md). One item per match, in the
 * pair's partition; gsi2 lists it under the sender, gsi3 under the receiver,
 * both newest first, and gsi1 lists every match of the zone (MATCHES#ALL) for
 * the statistics. A MUTUAL marker item per pair answers "may these two see
 * each other's contacts" with one GetItem.
 */
import { EVIDENCE_KINDS } from '../../core/fit/weights.js';
import { REASON_DIRECTIONS, type Evidence } from '../../core/fit/direction-evidence.js';
import { matchIdentity } from '../../core/match/match-identity.js';
import {
  AGREEMENT_TYPES,
  DECLINE_REASONS,
  MATCH_OUTCOMES,
  MATCH_STATUSES,
  MESSAGE_KINDS,
  type FitComponentSnapshot,
  type MatchFitSnapshot,
  type MatchMessage,
  type MatchRecord,
} from '../../core/match/match-record.js';
import type { MatchFacts } from '../../core/zone-statistics.js';
import { list, nullable, num, oneOf, optional, parseItem, shape, str, type Field } from './item-parser.js';
import { declareItemType } from './item-type.js';
import { ALL_MATCHES_PARTITION, indexKey, matchKey, mutualPairKeyOf, organizationMatchPartition, type Item, type ItemKey } from './keys.js';

const status = oneOf(MATCH_STATUSES);
const outcome = optional(oneOf(MATCH_OUTCOMES));

const fit: Field<MatchFitSnapshot> = shape<MatchFitSnapshot>({
  score: num,
  seekerOrganizationId: str,
  components: list(shape<FitComponentSnapshot>({ name: str, value: num, weight: num })),
  reasons: list(
    shape<Evidence>({
      kind: oneOf(EVIDENCE_KINDS),
      direction: oneOf(REASON_DIRECTIONS),
      seekerSegment: str,
      candidateSegment: str,
      strength: num,
      serves: oneOf(['SEEKER', 'CANDIDATE', 'BOTH'] as const),
    }),
  ),
  computedAt: str,
  modelVersion: optional(str),
});

const matchRecord: Field<MatchRecord> = shape<MatchRecord>({
  id: str,
  fromOrganizationId: str,
  toOrganizationId: str,
  collaborationId: optional(str),
  status,
  fit: nullable(fit),
  messages: list(shape<MatchMessage>({ kind: oneOf(MESSAGE_KINDS), fromOrganizationId: str, text: str, sentAt: str })),
  declineReason: optional(oneOf(DECLINE_REASONS)),
  outcome,
  agreementType: optional(oneOf(AGREEMENT_TYPES)),
  respondedAt: optional(str),
  outcomeRecordedAt: optional(str),
  createdAt: str,
  updatedAt: str,
  version: num,
});

/** The match record, listed in gsi1 (all matches), gsi2 (by sender) and gsi3 (by receiver). */
export const MATCH_ITEM = declareItemType('MATCH', matchRecord, { indexes: ['gsi1', 'gsi2', 'gsi3'] });

/** What a MUTUAL marker records. */
export interface MutualPair {
  firstMatchId: string;
  since: string;
}

/** A pair's MUTUAL marker: present once any match of the pair turned MUTUAL (MUTUAL is never left). */
export const MUTUAL_PAIR_ITEM = declareItemType('MUTUAL_PAIR', shape<MutualPair>({ firstMatchId: str, since: str }));

/** The facts zone statistics count, read from a match item projected to them. */
export const matchFactsOf = (item: Record<string, unknown>): MatchFacts =>
  parseItem(MATCH_ITEM.entity, shape<MatchFacts>({ status, outcome }), item);

/** The pair's MUTUAL marker key, whichever order the two are given in. */
export function mutualPairKey(organizationA: string, organizationB: string): ItemKey {
  const { lowOrganizationId, highOrganizationId } = matchIdentity(organizationA, organizationB);
  return mutualPairKeyOf(lowOrganizationId, highOrganizationId);
}

/** Sort key in every match index: creation time, then id, so the order is total and stable while paging. */
export const matchPosition = (record: Pick<MatchRecord, 'createdAt' | 'id'>): string => `${record.createdAt}#${record.id}`;

/** The match item: every write of a match (creation and each transition) puts the whole item, so all index keys persist. */
export function matchItem(record: MatchRecord): Item {
  const position = matchPosition(record);
  return {
    ...matchKey(matchIdentity(record.fromOrganizationId, record.toOrganizationId, record.collaborationId)),
    entity: MATCH_ITEM.entity,
    ...indexKey('gsi1', ALL_MATCHES_PARTITION, position),
    ...indexKey('gsi2', organizationMatchPartition(record.fromOrganizationId), position),
    ...indexKey('gsi3', organizationMatchPartition(record.toOrganizationId), position),
    ...record,
  };
}

/** The match record a match item holds. */
export const matchFromItem = MATCH_ITEM.parse;

/** The pair's MUTUAL marker as the demo data set writes it for `record`, the pair's first mutual match. */
export function mutualPairItem(record: MatchRecord): Item {
  const marker: MutualPair = { firstMatchId: record.id, since: record.updatedAt };
  return { ...mutualPairKey(record.fromOrganizationId, record.toOrganizationId), entity: MUTUAL_PAIR_ITEM.entity, ...marker };
}
