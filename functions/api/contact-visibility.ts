/**
 * The one check behind every private organization field (contact person,
 * email, phone). Today: the organization's own members and zone
 * administrators (core rule maySeePrivateFieldsOf), and members of an
 * organization that has a MUTUAL match with it (a store read of the pair's
 * MUTUAL marker, batched per request by the mutualMatch loader). Partner apps
 * never see contacts.
 */
import { maySeePrivateFieldsOf } from '../core/access/policy.js';
import type { Principal } from '../core/access/principal.js';
import type { GraphQLContext } from './context.js';

export async function canSeeContact(principal: Principal, organizationId: string, context: GraphQLContext): Promise<boolean> {
  if (maySeePrivateFieldsOf(principal, organizationId)) return true;
  // A member whose organization has a MUTUAL match with this one (one batched read of the pair's marker).
  if (principal.role !== 'MEMBER' || !principal.organizationId) return false;
  return context.loaders.mutualMatch.load([principal.organizationId, organizationId]);
}
