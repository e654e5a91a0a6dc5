/**
 * Pure planner of an organization list query: which gsi1 partition to read
 * (the offered segment when the filter names one, else all organizations) and
 * which FilterExpression clauses apply the rest of the filter.
 */
import type { OrganizationType, Country } from '../core/vocabulary.js';
import type { VerificationStatus } from '../core/organization.js';
import { organizationListPartition } from './items/keys.js';
import { addClause, emptyFilter, type ListingPlan } from './listing-query.js';

export interface OrganizationListFilter {
  country?: Country;
  type?: OrganizationType;
  /** Organizations offering this segment. */
  segment?: string;
  /** Organizations offering a segment of this chain. */
  chain?: string;
  /** Organizations interested in this zone park. */
  park?: string;
  verification?: VerificationStatus;
  /** Whether suspended organizations may appear (zone administrators only). */
  includeSuspended: boolean;
}

/** The partition and filter of an organization list. */
export function planOrganizationListing(request: OrganizationListFilter): ListingPlan {
  const filter = emptyFilter();
  addClause(filter, 'country', request.country, 'equals');
  addClause(filter, 'type', request.type, 'equals');
  addClause(filter, 'verification', request.verification, 'equals');
  if (!request.includeSuspended) {
    filter.names['#verification'] = 'verification';
    filter.values[':suspended'] = 'SUSPENDED';
    filter.clauses.push('#verification <> :suspended');
  }
  addClause(filter, 'chains', request.chain, 'contains');
  addClause(filter, 'parks', request.park, 'contains');
  if (request.segment !== undefined) return { partition: organizationListPartition('SEGMENT', request.segment), filter };
  return { partition: organizationListPartition('ALL'), filter };
}
