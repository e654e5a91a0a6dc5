/**
 * Pure planner of a collaboration list query: the gsi1 partition to read
 * (owner, else segment, else chain, else all collaborations) and
 * FilterExpression clauses for the rest. Status is the effective status: OPEN
 * means stored OPEN and not yet expired at `now`; EXPIRED means stored OPEN
 * but past expiry.
 */
import type { CollaborationKind, CollaborationStatus } from '../core/collaboration.js';
import { collaborationListPartition } from './items/keys.js';
import { addClause, emptyFilter, type ListingFilter, type ListingPlan } from './listing-query.js';

export interface CollaborationListFilter {
  kind?: CollaborationKind;
  segment?: string;
  chain?: string;
  status?: CollaborationStatus;
  owner?: string;
}

function statusClauses(filter: ListingFilter, status: CollaborationStatus | undefined, now: Date): void {
  if (status === undefined) return;
  filter.names['#status'] = 'status';
  if (status === 'CLOSED') {
    filter.values[':closed'] = 'CLOSED';
    filter.clauses.push('#status = :closed');
    return;
  }
  filter.names['#expiresAt'] = 'expiresAt';
  filter.values[':open'] = 'OPEN';
  filter.values[':now'] = now.toISOString();
  filter.clauses.push('#status = :open', status === 'OPEN' ? '#expiresAt > :now' : '#expiresAt <= :now');
}

/** The partition and filter of a collaboration list. */
export function planCollaborationListing(request: CollaborationListFilter, now: Date): ListingPlan {
  const filter = emptyFilter();
  addClause(filter, 'kind', request.kind, 'equals');
  statusClauses(filter, request.status, now);
  if (request.owner !== undefined) {
    addClause(filter, 'segments', request.segment, 'contains');
    addClause(filter, 'chains', request.chain, 'contains');
    return { partition: collaborationListPartition('OWNER', request.owner), filter };
  }
  if (request.segment !== undefined) {
    addClause(filter, 'chains', request.chain, 'contains');
    return { partition: collaborationListPartition('SEGMENT', request.segment), filter };
  }
  if (request.chain !== undefined) return { partition: collaborationListPartition('CHAIN', request.chain), filter };
  return { partition: collaborationListPartition('ALL'), filter };
}
