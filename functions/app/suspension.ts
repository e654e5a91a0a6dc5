/**
 * A suspended organization may only read its own data: every write acting for
 * it is refused. Use cases check the organization they read (a precise
 * answer) and pass `organizationNotSuspended` guards into the write, so a
 * suspension landing between that read and the write cancels the write; this
 * module turns either into the same FORBIDDEN answer naming the rule.
 */
import { suspensionRefusal, type RefusalRule } from '../core/access/refusal.js';
import { ForbiddenError } from '../core/errors.js';
import type { Organization } from '../core/organization.js';
import { GuardFailedError, organizationNotSuspended, type WriteGuard } from '../store/write-guards.js';
import type { AppRequest } from './app-request.js';

/** The refusal of `fieldName` for a suspended organization. */
export function suspendedError(organizationId: string, fieldName: string): ForbiddenError {
  const rule: RefusalRule = 'ORGANIZATION_SUSPENDED';
  return new ForbiddenError(suspensionRefusal(organizationId, fieldName), { organizationId, rule });
}

/** Throws the suspension refusal when `org` is suspended. */
export function refuseIfSuspended(org: Pick<Organization, 'id' | 'verification'>, fieldName: string): void {
  if (org.verification === 'SUSPENDED') throw suspendedError(org.id, fieldName);
}

/** The guards a write acting for these organizations carries. */
export function notSuspendedGuards(organizationIds: readonly string[]): WriteGuard[] {
  return [...new Set(organizationIds)].map(organizationNotSuspended);
}

/**
 * Runs a write guarded by notSuspendedGuards(organizationIds): when a guard
 * fails because one of them was suspended meanwhile, the answer is the
 * suspension refusal; any other failure is passed on.
 */
export async function unlessSuspendedMeanwhile<T>(
  request: AppRequest,
  organizationIds: readonly string[],
  fieldName: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof GuardFailedError)) throw error;
    const orgs = await Promise.all(organizationIds.map((id) => request.store.organizations.get(id)));
    const suspended = orgs.find((org) => org?.verification === 'SUSPENDED');
    if (suspended) throw suspendedError(suspended.id, fieldName);
    throw error;
  }
}
