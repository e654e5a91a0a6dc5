/**
 * Per-credential request counters: one item per credential and fixed window,
 * incremented with a conditional UpdateItem (atomic, no read first) and
 * removed by the table's TTL. One write unit per counted operation.
 */
import { UpdateCommand, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { RateLimitWindow } from '../core/access/rate-limit.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { rateLimitKey } from './items/keys.js';
import { RATE_LIMIT_ITEM } from './items/system-items.js';
import { conditionHeld } from './write-conditions.js';

/** Counts one operation unless the window's limit is already reached (then the condition fails). */
export function consumeRateLimitParams(tableName: string, window: RateLimitWindow): UpdateCommandInput {
  return {
    TableName: tableName,
    Key: rateLimitKey(window),
    UpdateExpression: 'ADD #count :one SET #ttl = if_not_exists(#ttl, :expiresAt), #entity = :entity',
    ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
    ExpressionAttributeNames: { '#count': 'operations', '#ttl': 'ttl', '#entity': 'entity' },
    ExpressionAttributeValues: { ':one': 1, ':limit': window.limit, ':expiresAt': window.expiresAt, ':entity': RATE_LIMIT_ITEM.entity },
  };
}

export class RateLimitRepository {
  constructor(private readonly gateway: DynamoGateway) {}

  /** Counts one operation in the window; false when the credential has used up the window's allowance. */
  consume(window: RateLimitWindow): Promise<boolean> {
    return conditionHeld(this.gateway.send(new UpdateCommand(consumeRateLimitParams(this.gateway.tableName, window))));
  }
}
