/**
 * Guards: conditions on items a write reads but does not change, checked by
 * DynamoDB inside the write's own transaction (ConditionCheck items). A use
 * case reads "the owner is not suspended" or "the collaboration is open for
 * interest" first to answer precisely; the guard closes the window between
 * that read and the write, so a suspension or a close landing in between
 * cancels the whole write instead of being missed.
 */
import { ConflictError } from '../core/errors.js';
import { collaborationKey, organizationKey, type ItemKey } from './items/keys.js';
import type { TransactItem } from './transaction-plan.js';
import { conditionParams, type WriteCondition } from './write-conditions.js';

/** A condition on an item the write leaves unchanged. */
export interface WriteGuard {
  key: ItemKey;
  condition: WriteCondition;
  /** What the guard protects, for the error when it fails. */
  meaning: string;
}

/** A guard of the write failed: the guarded item changed since the use case read it. */
export class GuardFailedError extends ConflictError {
  constructor(readonly guard: WriteGuard) {
    super(`Changed while the request ran (${guard.meaning}); read again and retry`, { retryable: true });
  }
}

/** The organization exists and is not suspended. */
export function organizationNotSuspended(organizationId: string): WriteGuard {
  return {
    key: organizationKey(organizationId),
    condition: {
      expression: 'attribute_exists(pk) AND #verification <> :suspended',
      names: { '#verification': 'verification' },
      values: { ':suspended': 'SUSPENDED' },
    },
    meaning: `organization ${organizationId} is not suspended`,
  };
}

/**
 * The collaboration takes expressions of interest at `now`: stored OPEN, open
 * for interest, expiring after `now` (a text comparison, exact because every
 * stored time is UTC ISO 8601 in one format; see docs/data-model.md).
 */
export function collaborationTakesInterest(collaborationId: string, now: Date): WriteGuard {
  return {
    key: collaborationKey(collaborationId),
    condition: {
      expression: '#status = :open AND #openForInterest = :true AND #expiresAt > :now',
      names: { '#status': 'status', '#openForInterest': 'openForInterest', '#expiresAt': 'expiresAt' },
      values: { ':open': 'OPEN', ':true': true, ':now': now.toISOString() },
    },
    meaning: `collaboration ${collaborationId} is open for interest`,
  };
}

/** The guard as a transaction item. */
export function conditionCheck(tableName: string, guard: WriteGuard): TransactItem {
  return { ConditionCheck: { TableName: tableName, Key: guard.key, ...conditionParams(guard.condition) } };
}

/**
 * Throws GuardFailedError when a failed condition of a transaction is one of
 * its guards, which sit at the end of the transaction.
 */
export function throwIfGuardFailed(failedConditions: readonly number[], transactionLength: number, guards: readonly WriteGuard[]): void {
  const first = transactionLength - guards.length;
  const failed = failedConditions.find((index) => index >= first);
  const guard = failed === undefined ? undefined : guards[failed - first];
  if (guard) throw new GuardFailedError(guard);
}
