/**
 * Per-credential request counters: one item per credential and fixed window,
 * to which each instance adds the operations it admitted, in batches
 * (api/rate-limit/reconciling-limiter.ts), with one UpdateItem that answers the
 * new total across instances. Removed by the table's TTL.
 */
import { GetCommand, UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { RateLimitWindow } from '../core/access/rate-limit.js';
import type { DynamoGateway } from './dynamo-gateway.js';

/** Key of a credential's counter for one window. */
export function rateLimitKey(window: Pick<RateLimitWindow, 'credential' | 'windowStart'>): { pk: string; sk: string } {
  return { pk: `RATE#${window.credential}`, sk: `WINDOW#${window.windowStart}` };
}

/**
 * Adds `operations` to the window's counter (atomic, no read first, no
 * condition: the limiter decides, the counter only totals) and returns the total.
 */
export function addRateLimitOperationsParams(tableName: string, window: RateLimitWindow, operations: number): UpdateCommandInput {
  return {
    TableName: tableName,
    Key: rateLimitKey(window),
    UpdateExpression: 'ADD #count :operations SET #ttl = if_not_exists(#ttl, :expiresAt)',
    ExpressionAttributeNames: { '#count': 'operations', '#ttl': 'ttl' },
    ExpressionAttributeValues: { ':operations': operations, ':expiresAt': window.expiresAt },
    ReturnValues: 'UPDATED_NEW',
  };
}

export class RateLimitRepository {
  constructor(private readonly gateway: DynamoGateway) {}

  /** Adds operations admitted by one instance; answers the window's total across instances. */
  async add(window: RateLimitWindow, operations: number): Promise<number> {
    const output = await this.gateway.send<{ Attributes?: Record<string, unknown> }>(
      new UpdateCommand(addRateLimitOperationsParams(this.gateway.tableName, window, operations)),
    );
    const total = output.Attributes?.operations;
    return typeof total === 'number' ? total : operations;
  }

  /** The window's total across instances, as far as instances have flushed (0 when no counter exists). */
  async total(window: Pick<RateLimitWindow, 'credential' | 'windowStart'>): Promise<number> {
    const output = await this.gateway.send<{ Item?: Record<string, unknown> }>(
      new GetCommand({ TableName: this.gateway.tableName, Key: rateLimitKey(window), ConsistentRead: true }),
    );
    const total = output.Item?.operations;
    return typeof total === 'number' ? total : 0;
  }
}
