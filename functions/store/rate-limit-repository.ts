/**
 * Per-credential request counters: one item per credential and fixed window,
 * incremented with a conditional UpdateItem (atomic, no read first) and
 * removed by the table's TTL. One write unit per counted operation.
 */
import { UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { RateLimitWindow } from '../core/access/rate-limit.js';
import type { DynamoGateway } from './dynamo-gateway.js';

/** Key of a credential's counter for one window. */
export function rateLimitKey(window: Pick<RateLimitWindow, 'credential' | 'windowStart'>): { pk: string; sk: string } {
  return { pk: `RATE#${window.credential}`, sk: `WINDOW#${window.windowStart}` };
}

/** Counts one operation unless the window's limit is already reached (then the condition fails). */
export function consumeRateLimitParams(tableName: string, window: RateLimitWindow): UpdateCommandInput {
  return {
    TableName: tableName,
    Key: rateLimitKey(window),
    UpdateExpression: 'ADD #count :one SET #ttl = if_not_exists(#ttl, :expiresAt)',
    ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
    ExpressionAttributeNames: { '#count': 'operations', '#ttl': 'ttl' },
    ExpressionAttributeValues: { ':one': 1, ':limit': window.limit, ':expiresAt': window.expiresAt },
  };
}

export class RateLimitRepository {
  constructor(private readonly gateway: DynamoGateway) {}

  /** Counts one operation in the window; false when the credential has used up the window's allowance. */
  async consume(window: RateLimitWindow): Promise<boolean> {
    try {
      await this.gateway.send(new UpdateCommand(consumeRateLimitParams(this.gateway.tableName, window)));
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }
}
