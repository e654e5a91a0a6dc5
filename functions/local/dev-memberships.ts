/**
 * Local development only: a dev `member <organizationId>` token stands for a
 * demo person who must belong to that organization. The local server calls
 * this for each verified token before building the context, so scripts and
 * README examples keep working with one command. Nothing in AWS reads the
 * claim; the Lambda never imports this module.
 */
import type { Store } from '../store/store.js';
import { ConflictError } from '../core/errors.js';
import type { MembershipCache } from '../app/membership-cache.js';
import { DEV_MEMBERSHIP_CLAIM } from './dev-issuer.js';

/** Per store, subjects already made members in this process, so each token costs one write at most once. */
const ensured = new WeakMap<Store, Set<string>>();

/**
 * Makes the dev token's person a MEMBER of the organization it names (no-op
 * for other tokens or if already one); a write forgets the person in the
 * process's membership cache, as every membership write does.
 */
export async function ensureDevMembership(
  store: Store,
  claims: Record<string, unknown> | undefined,
  now: Date,
  membershipCache?: MembershipCache,
): Promise<void> {
  const organizationId = claims?.[DEV_MEMBERSHIP_CLAIM];
  const subject = claims?.sub;
  if (typeof organizationId !== 'string' || typeof subject !== 'string') return;
  const done = ensured.get(store) ?? new Set<string>();
  ensured.set(store, done);
  const key = `${subject}\u0000${organizationId}`;
  if (done.has(key)) return;
  const email = typeof claims?.email === 'string' ? claims.email : undefined;
  try {
    await store.memberships.join({ organizationId, subject, ...(email ? { email } : {}), role: 'MEMBER', since: now.toISOString() });
  } catch (error) {
    // Already a member (maybe promoted since): keep what is there.
    if (!(error instanceof ConflictError)) throw error;
  } finally {
    membershipCache?.forget(subject);
  }
  done.add(key);
}
