/**
 * Pure planner of a posting list query: the gsi1 partition to read (owner,
 * else segment, else chain, else all postings) and FilterExpression clauses
 * for the rest. Status is the effective status: OPEN means stored OPEN and not
 * yet expired at `now`; EXPIRED means stored OPEN but past expiry.
 */
import type { CollaborationKind, CollaborationStatus } from '../core/collaboration.js';
import { collaborationListPartition } from './item-keys.js';
import { emptyFilter, type ListingFilter } from './listing-query.js';
import type { ListingPlan } from './organization-listing.js';

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

function addClause(filter: ListingFilter, attribute: string, value: string | undefined, contains: boolean): void {
  if (value === undefined) return;
  filter.names[`#${attribute}`] = attribute;
  filter.values[`:${attribute}`] = value;
  filter.clauses.push(contains ? `contains(#${attribute}, :${attribute})` : `#${attribute} = :${attribute}`);
}

export function planCollaborationListing(request: CollaborationListFilter, now: Date): ListingPlan {
  const filter = emptyFilter();
  addClause(filter, 'kind', request.kind, false);
  statusClauses(filter, request.status, now);
  if (request.owner !== undefined) {
    addClause(filter, 'segments', request.segment, true);
    addClause(filter, 'chains', request.chain, true);
    return { partition: collaborationListPartition('OWNER', request.owner), filter };
  }
  if (request.segment !== undefined) {
    addClause(filter, 'chains', request.chain, true);
    return { partition: collaborationListPartition('SEGMENT', request.segment), filter };
  }
  if (request.chain !== undefined) return { partition: collaborationListPartition('CHAIN', request.chain), filter };
  return { partition: collaborationListPartition('ALL'), filter };
}
