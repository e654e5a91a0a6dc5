/**
 * The one check behind every private organization field (contact person,
 * email, phone). Today: the organization's own members and zone
 * administrators (core rule maySeePrivateFieldsOf). Matching extends this
 * function with "or has a MUTUAL match with it", which needs a store read and
 * is why it is async and takes the context.
 */
import { maySeePrivateFieldsOf } from '../core/access/policy.js';
import type { Principal } from '../core/access/principal.js';
import type { GraphQLContext } from './context.js';

export async function canSeeContact(principal: Principal, organizationId: string, _context: GraphQLContext): Promise<boolean> {
  return maySeePrivateFieldsOf(principal, organizationId);
}
