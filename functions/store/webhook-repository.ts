/**
 * Webhooks in DynamoDB: registered with a conditional put, listed with one
 * Query of the `WEBHOOKS` partition (never a Scan), deleted. What only the
 * workers write (delivery markers, disabling) is in ./webhook-deliveries.ts,
 * so the GraphQL Lambda's bundle does not carry it.
 */
import { DeleteCommand, GetCommand, PutCommand, type DeleteCommandOutput, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { MAX_WEBHOOKS, type Webhook } from '../core/webhooks/webhook.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { FIXED_KEY, KEY_PREFIX } from './items/keys.js';
import { WEBHOOK_ITEM, webhookItem, webhookKey } from './items/webhook-items.js';
import { queryPages } from './paged-query.js';
import { NOT_EXISTS, conditionHeld, conditionParams, isConditionFailure } from './write-conditions.js';

export class WebhookRepository {
  constructor(private readonly gateway: DynamoGateway) {}

  /** Stores a new webhook; false if one with its id exists. */
  create(webhook: Webhook): Promise<boolean> {
    return conditionHeld(
      this.gateway.send(new PutCommand({ TableName: this.gateway.tableName, Item: webhookItem(webhook), ...conditionParams(NOT_EXISTS) })),
    );
  }

  /** One webhook (strongly consistent), or null. */
  async get(id: string): Promise<Webhook | null> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: webhookKey(id), ConsistentRead: true }),
    );
    return output.Item ? WEBHOOK_ITEM.parse(output.Item) : null;
  }

  /** Every webhook (at most MAX_WEBHOOKS), oldest id first: one Query of one partition. */
  async list(): Promise<Webhook[]> {
    const items: Record<string, unknown>[] = [];
    const params = () => ({
      TableName: this.gateway.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': FIXED_KEY.webhooks, ':prefix': KEY_PREFIX.webhook },
    });
    for await (const page of queryPages(this.gateway, params)) {
      items.push(...(page.Items ?? []));
      if (items.length > MAX_WEBHOOKS) break;
    }
    return items.map((item) => WEBHOOK_ITEM.parse(item));
  }

  /** Deletes a webhook and answers what it was; null when there was none. */
  async delete(id: string): Promise<Webhook | null> {
    try {
      const output = await this.gateway.send<DeleteCommandOutput>(
        new DeleteCommand({
          TableName: this.gateway.tableName,
          Key: webhookKey(id),
          ConditionExpression: 'attribute_exists(pk)',
          ReturnValues: 'ALL_OLD',
        }),
      );
      return output.Attributes ? WEBHOOK_ITEM.parse(output.Attributes) : null;
    } catch (error) {
      if (isConditionFailure(error)) return null;
      throw error;
    }
  }
}
