/**
 * The conditions chainfit's writes carry, and how a failed one is recognised:
 * "no item with this key yet" (creation, idempotency records) and "still the
 * version the caller read" (optimistic concurrency). One module, so a put, a
 * transaction item and an error check all agree.
 */

/** A ConditionExpression with the names and values it uses. */
export interface WriteCondition {
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
}

/** The item must not exist yet. */
export const NOT_EXISTS: WriteCondition = { expression: 'attribute_not_exists(pk)' };

/** The stored item must still have `version`. */
export function versionIs(version: number): WriteCondition {
  return { expression: '#version = :expectedVersion', names: { '#version': 'version' }, values: { ':expectedVersion': version } };
}

/** The request parameters of a condition, to spread into a Put (command or transaction item). */
export function conditionParams(condition: WriteCondition): {
  ConditionExpression: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
} {
  return {
    ConditionExpression: condition.expression,
    ...(condition.names ? { ExpressionAttributeNames: condition.names } : {}),
    ...(condition.values ? { ExpressionAttributeValues: condition.values } : {}),
  };
}

/** Whether a single-item write (PutItem, UpdateItem) failed its condition. */
export function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** Awaits a conditional single-item write: false when its condition failed (nothing was written). */
export async function conditionHeld(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
