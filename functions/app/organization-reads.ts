/**
 * Reading organizations as the caller may: suspended ones read as absent to
 * everyone but their members and administrators, lists hide them from all
 * but administrators, and contact details show only to those the rules let
 * see them.
 */
import { mayListSuspended, mayReadOrganization } from '../core/access/organization-rules.js';
import { organizationIdsOf } from '../core/access/membership.js';
import { maySeePrivateFieldsOf } from '../core/access/policy.js';
import type { Organization } from '../core/organization.js';
import { pageSizeOf } from '../core/pagination.js';
import type { OrganizationListFilter } from '../store/organization-listing.js';
import type { Page } from '../store/versioned-repository.js';
import type { AppRequest } from './app-request.js';
import { assertKnownFilterIds } from './list-filters.js';

/** An organization the caller may read, or null (absent, or suspended and not theirs). */
export async function visibleOrganization(request: AppRequest, id: string): Promise<Organization | null> {
  const org = await request.loaders.organization.load(id);
  return org && mayReadOrganization(request.principal, org) ? org : null;
}

/** What a caller asks of an organization list; suspended ones are included only for administrators. */
export type OrganizationListRequest = Omit<OrganizationListFilter, 'includeSuspended'>;

/** One page of organizations (`first`: page size, default and bounds in core/pagination.ts). */
export async function listOrganizations(
  request: AppRequest,
  filter: OrganizationListRequest,
  first?: number,
  after?: string,
): Promise<Page<Organization>> {
  const size = pageSizeOf(first);
  assertKnownFilterIds(filter);
  const includeSuspended = mayListSuspended(request.principal);
  // Only administrators list suspended organizations: for anyone else this filter can never match, so nothing is read.
  if (filter.verification === 'SUSPENDED' && !includeSuspended) return { edges: [], hasNextPage: false };
  const page = await request.store.organizations.list({ ...filter, includeSuspended }, size, after);
  // The fields rendering the page read these organizations again: serve them from this request's cache.
  for (const edge of page.edges) request.loaders.organization.prime(edge.node.id, edge.node);
  return page;
}

/**
 * The one check behind every private organization field (contact person,
 * email, phone): the organization's own members and zone administrators, and
 * members of an organization that has a MUTUAL match with it (the pairs'
 * markers in one batched read per request). Partner apps never see contacts.
 */
export async function maySeeContactOf(request: AppRequest, organizationId: string): Promise<boolean> {
  const { principal } = request;
  if (maySeePrivateFieldsOf(principal, organizationId)) return true;
  const mine = organizationIdsOf(principal);
  if (mine.length === 0) return false;
  const mutual = await request.loaders.mutualMatch.loadMany(mine.map((own) => [own, organizationId] as const));
  return mutual.some((found) => found === true);
}
