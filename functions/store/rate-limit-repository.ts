/**
 * Per-credential request counters: one item per credential and fixed window,
 * to which each instance adds the operations it admitted, in batches
 * (api/rate-limit/reconciling-limiter.ts), with one UpdateItem that answers the
 * new total across instances. Removed by the table's TTL.
 */
import { GetCommand, UpdateCommand, type GetCommandOutput, type UpdateCommandInput, type UpdateCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { RateLimitWindow } from '../core/access/rate-limit.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { rateLimitKey } from './items/keys.js';
import { RATE_LIMIT_ITEM } from './items/system-items.js';

/**
 * Adds `operations` to the window's counter (atomic, no read first, no
 * condition: the limiter decides, the counter only totals) and returns the total.
 */
export function addRateLimitOperationsParams(tableName: string, window: RateLimitWindow, operations: number): UpdateCommandInput {
  return {
    TableName: tableName,
    Key: rateLimitKey(window),
    UpdateExpression: 'ADD #count :operations SET #ttl = if_not_exists(#ttl, :expiresAt), #entity = :entity',
    ExpressionAttributeNames: { '#count': 'operations', '#ttl': 'ttl', '#entity': 'entity' },
    ExpressionAttributeValues: { ':operations': operations, ':expiresAt': window.expiresAt, ':entity': RATE_LIMIT_ITEM.entity },
    ReturnValues: 'UPDATED_NEW',
  };
}

export class RateLimitRepository {
  constructor(private readonly gateway: DynamoGateway) {}

  /** Adds operations admitted by one instance; answers the window's total across instances. */
  async add(window: RateLimitWindow, operations: number): Promise<number> {
    const output = await this.gateway.send<UpdateCommandOutput>(
      new UpdateCommand(addRateLimitOperationsParams(this.gateway.tableName, window, operations)),
    );
    // UPDATED_NEW answers the updated attributes only: the key is put back for the parser.
    return RATE_LIMIT_ITEM.parse({ ...output.Attributes, ...rateLimitKey(window) }).operations;
  }

  /** The window's total across instances, as far as instances have flushed (0 when no counter exists). */
  async total(window: Pick<RateLimitWindow, 'credential' | 'windowStart'>): Promise<number> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: rateLimitKey(window), ConsistentRead: true }),
    );
    return output.Item ? RATE_LIMIT_ITEM.parse(output.Item).operations : 0;
  }
}
