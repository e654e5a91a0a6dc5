/**
 * Access rules specific to match records, beyond the operation table: who may
 * read a match and its private notes, and which organization a match
 * operation acts for (the caller's own party, or none).
 */
import type { MatchRecord } from '../match/match-record.js';
import type { MatchIdentity } from '../match/match-identity.js';
import { isMemberOf } from './membership.js';
import type { Principal } from './principal.js';

/**
 * A match, including the notes the two organizations exchanged (a decline
 * note too), is for its two organizations and zone administrators only:
 * never partner apps or third parties.
 */
export function mayReadMatch(principal: Principal, record: Pick<MatchRecord, 'fromOrganizationId' | 'toOrganizationId'>): boolean {
  if (principal.role === 'ADMIN') return true;
  return isMemberOf(principal, record.fromOrganizationId) || isMemberOf(principal, record.toOrganizationId);
}

/**
 * The party a person acts as in a match: the receiver when they belong to it
 * (answering is the receiver's act), else the sender, else none. A person in
 * both organizations therefore acts as the receiver.
 */
export function callerPartyIn(
  principal: Principal,
  record: Pick<MatchRecord, 'fromOrganizationId' | 'toOrganizationId'>,
): string | undefined {
  if (isMemberOf(principal, record.toOrganizationId)) return record.toOrganizationId;
  return isMemberOf(principal, record.fromOrganizationId) ? record.fromOrganizationId : undefined;
}

/**
 * The organization a member's call on a match acts for: the member's own
 * organization when it is one of the pair the match id names, else none (so
 * the policy refuses it). The pair is part of the id, so this needs no read.
 */
export function matchActingFor(principal: Principal, identity: MatchIdentity | null): string | null {
  if (principal.role !== 'MEMBER' || !identity) return null;
  const { lowOrganizationId, highOrganizationId } = identity;
  if (isMemberOf(principal, lowOrganizationId)) return lowOrganizationId;
  return isMemberOf(principal, highOrganizationId) ? highOrganizationId : null;
}
