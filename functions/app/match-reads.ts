/**
 * Reading matches as a party sees them: one match, an organization's matches
 * by direction and status, the caller's part in a match and the organization
 * on the other side of it, and the notes only the parties may read.
 */
import { callerPartyIn, mayReadMatch } from '../core/access/match-rules.js';
import type { Principal } from '../core/access/principal.js';
import {
  counterpartOf,
  partyRoleOf,
  type MatchDirection,
  type MatchMessage,
  type MatchRecord,
  type MatchStatus,
} from '../core/match/match-record.js';
import { pageSizeOf } from '../core/pagination.js';
import type { MatchPage } from '../store/match-repository.js';
import type { AppRequest } from './app-request.js';

/** Which of an organization's matches to list. */
export interface MatchListQuery {
  organizationId: string;
  direction?: MatchDirection;
  status?: MatchStatus;
  first?: number;
  after?: string;
}

/** A match by id, or null. */
export function findMatch(request: AppRequest, id: string): Promise<MatchRecord | null> {
  return request.store.matches.get(id);
}

/** One page of an organization's matches (direction ANY unless named). */
export function listMatches(request: AppRequest, query: MatchListQuery): Promise<MatchPage> {
  const { organizationId, direction, status, first, after } = query;
  return request.store.matches.list({ organizationId, direction: direction ?? 'ANY', status, first: pageSizeOf(first), after });
}

/** SENDER or RECEIVER when one of the caller's organizations is a party, else null. */
export function callerRoleIn(principal: Principal, record: MatchRecord): 'SENDER' | 'RECEIVER' | null {
  return partyRoleOf(record, callerPartyIn(principal, record));
}

/** The other party for a party's member; for anyone else (administrators), the receiver. */
export function counterpartIdFor(principal: Principal, record: MatchRecord): string {
  const mine = callerPartyIn(principal, record);
  return mine && partyRoleOf(record, mine) ? counterpartOf(record, mine) : record.toOrganizationId;
}

/** The notes the two organizations exchanged, for the parties and administrators only. */
export function readableMessages(principal: Principal, record: MatchRecord): MatchMessage[] {
  // Defence in depth: every operation reaching a match already admits only the parties and administrators.
  return mayReadMatch(principal, record) ? record.messages : [];
}
