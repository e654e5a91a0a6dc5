/**
 * Sends a TransactWriteItems and tells a failed condition apart by position, so
 * repositories can turn "the version changed" into CONFLICT and "this
 * idempotency key exists" into a replay.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoGateway } from './dynamo-gateway.js';
import type { TransactItem } from './transaction-plan.js';

export type TransactOutcome = { ok: true } | { ok: false; failedConditions: number[] };

export async function transactWrite(gateway: DynamoGateway, items: TransactItem[]): Promise<TransactOutcome> {
  try {
    await gateway.send(new TransactWriteCommand({ TransactItems: items }));
    return { ok: true };
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') throw error;
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    const failedConditions = reasons.flatMap((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? [index] : []));
    if (failedConditions.length === 0) throw error;
    return { ok: false, failedConditions };
  }
}
