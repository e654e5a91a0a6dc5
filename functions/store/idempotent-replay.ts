/**
 * The replay half of idempotent creation: when a create's idempotency record
 * already exists, read it and hand back the id of the first result, or fail
 * with CONFLICT when the key was first used for different content.
 */
import { GetCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { ConflictError } from '../core/errors.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { fingerprintOf, type IdempotencyRequest } from './idempotency-records.js';
import { idempotencyKey } from './item-keys.js';

export async function replayedResultId(gateway: DynamoGateway, request: IdempotencyRequest): Promise<string> {
  const output = await gateway.send<GetCommandOutput>(
    new GetCommand({ TableName: gateway.tableName, Key: idempotencyKey(request.operation, request.scope, request.key), ConsistentRead: true }),
  );
  const record = output.Item;
  if (!record) throw new ConflictError('The idempotency key is being used by a concurrent request; retry', { idempotencyKey: request.key });
  if (record.fingerprint !== fingerprintOf(request.payload)) {
    throw new ConflictError('This idempotencyKey was already used for a different request', { idempotencyKey: request.key });
  }
  return String(record.resultId);
}
