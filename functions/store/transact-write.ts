/**
 * Sends a TransactWriteItems and tells a failed condition apart by position, so
 * repositories can turn "the version changed" into CONFLICT and "this
 * idempotency key exists" into a replay.
 */
import { randomUUID } from 'node:crypto';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoGateway } from './dynamo-gateway.js';
import type { TransactItem } from './transaction-plan.js';

export type TransactOutcome = { ok: true } | { ok: false; failedConditions: number[] };

export async function transactWrite(gateway: DynamoGateway, items: TransactItem[]): Promise<TransactOutcome> {
  try {
    // One token per logical write, reused by the gateway's retries: if DynamoDB applied the transaction but the
    // response was lost (a timeout), the retry is recognised as the same request and succeeds instead of
    // failing its own version condition (idempotent for 10 minutes).
    await gateway.send(new TransactWriteCommand({ TransactItems: items, ClientRequestToken: randomUUID() }));
    return { ok: true };
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'TransactionCanceledException') throw error;
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    const failedConditions = reasons.flatMap((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? [index] : []));
    if (failedConditions.length === 0) throw error;
    return { ok: false, failedConditions };
  }
}
