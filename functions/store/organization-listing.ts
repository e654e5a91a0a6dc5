/**
 * Pure planner of an organization list query: which gsi1 partition to read
 * (the offered segment when the filter names one, else all organizations) and
 * which FilterExpression clauses apply the rest of the filter.
 */
import type { OrganizationType, Country } from '../core/vocabulary.js';
import type { VerificationStatus } from '../core/organization.js';
import { organizationListPartition } from './item-keys.js';
import { emptyFilter, type ListingFilter } from './listing-query.js';

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

export interface ListingPlan {
  partition: string;
  filter: ListingFilter;
}

function addEquals(filter: ListingFilter, attribute: string, value: string | undefined): void {
  if (value === undefined) return;
  filter.names[`#${attribute}`] = attribute;
  filter.values[`:${attribute}`] = value;
  filter.clauses.push(`#${attribute} = :${attribute}`);
}

function addContains(filter: ListingFilter, attribute: string, value: string | undefined): void {
  if (value === undefined) return;
  filter.names[`#${attribute}`] = attribute;
  filter.values[`:${attribute}`] = value;
  filter.clauses.push(`contains(#${attribute}, :${attribute})`);
}

export function planOrganizationListing(request: OrganizationListFilter): ListingPlan {
  const filter = emptyFilter();
  addEquals(filter, 'country', request.country);
  addEquals(filter, 'type', request.type);
  addEquals(filter, 'verification', request.verification);
  if (!request.includeSuspended) {
    filter.names['#verification'] = 'verification';
    filter.values[':suspended'] = 'SUSPENDED';
    filter.clauses.push('#verification <> :suspended');
  }
  addContains(filter, 'chains', request.chain);
  addContains(filter, 'parks', request.park);
  if (request.segment !== undefined) return { partition: organizationListPartition('SEGMENT', request.segment), filter };
  return { partition: organizationListPartition('ALL'), filter };
}
