/**
 * The administrators' review queue: organizations waiting for verification,
 * oldest first, each with who registered it and, after an identity change,
 * the identity that was verified before.
 */
import type { Organization } from '../core/organization.js';
import { pageSizeOf } from '../core/pagination.js';
import type { Page } from '../store/versioned-repository.js';
import type { AppRequest } from './app-request.js';

/** One page of the queue (`first`: page size, default and bounds in core/pagination.ts). */
export async function verificationQueue(request: AppRequest, first?: number, after?: string): Promise<Page<Organization>> {
  const page = await request.store.organizations.reviewQueue(pageSizeOf(first), after);
  for (const edge of page.edges) request.loaders.organization.prime(edge.node.id, edge.node);
  return page;
}
