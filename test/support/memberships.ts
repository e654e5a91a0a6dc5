/**
 * Makes the memberships a test principal declares true in the table, through
 * the real store, so the request reads them back as production does (tokens
 * carry none). Once per subject and organization per test process.
 */
import type { Principal } from '../../functions/core/access/principal.js';
import { ConflictError } from '../../functions/core/errors.js';
import type { Store } from '../../functions/store/store.js';

const stored = new WeakMap<Store, Set<string>>();

/** Stores each membership the principal declares, unless this store already has it. */
export async function storeMembershipsOf(store: Store, principal: Principal): Promise<void> {
  if (principal.role !== 'MEMBER') return;
  const done = stored.get(store) ?? new Set<string>();
  stored.set(store, done);
  for (const { organizationId, role } of principal.memberships) {
    const key = `${principal.subject}\u0000${organizationId}`;
    if (done.has(key)) continue;
    try {
      await store.memberships.join({
        organizationId,
        subject: principal.subject,
        role,
        since: new Date().toISOString(),
        // As production does: the verified email the person joined with.
        ...(principal.email ? { email: principal.email } : {}),
      });
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
    }
    done.add(key);
  }
}
