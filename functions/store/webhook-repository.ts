/**
 * Webhooks in DynamoDB: registered with a conditional put, listed with one
 * Query of the `WEBHOOKS` partition (never a Scan), disabled with a
 * conditional update (exactly one caller sees the transition and notifies the
 * administrators), deleted. Delivery markers make delivery idempotent per
 * event and webhook.
 */
import { DeleteCommand, GetCommand, PutCommand, UpdateCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { MAX_WEBHOOKS, type Webhook } from '../core/webhooks/webhook.js';
import type { DynamoGateway } from './dynamo-gateway.js';
import { epochSecondsOf, hasExpired } from './items/expiry.js';
import { FIXED_KEY, KEY_PREFIX } from './items/keys.js';
import {
  WEBHOOK_DELIVERY_ITEM,
  WEBHOOK_ITEM,
  webhookDeliveryKey,
  webhookItem,
  webhookKey,
  type WebhookDeliveryState,
} from './items/webhook-items.js';
import { queryPages } from './paged-query.js';
import { NOT_EXISTS, conditionHeld, conditionParams } from './write-conditions.js';

/** How long a delivery marker is kept: well beyond the 24-hour retry window. */
const DELIVERY_MARKER_DAYS = 7;

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

  /** Disables an active webhook; true only for the call that disabled it. */
  disable(id: string, at: Date, reason: string): Promise<boolean> {
    return conditionHeld(
      this.gateway.send(
        new UpdateCommand({
          TableName: this.gateway.tableName,
          Key: webhookKey(id),
          UpdateExpression: 'SET #status = :disabled, disabledAt = :at, disabledReason = :reason',
          ConditionExpression: 'attribute_exists(pk) AND #status = :active',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':disabled': 'DISABLED', ':active': 'ACTIVE', ':at': at.toISOString(), ':reason': reason },
        }),
      ),
    );
  }

  /** Deletes a webhook; false when there was none. */
  delete(id: string): Promise<boolean> {
    return conditionHeld(
      this.gateway.send(
        new DeleteCommand({ TableName: this.gateway.tableName, Key: webhookKey(id), ConditionExpression: 'attribute_exists(pk)' }),
      ),
    );
  }

  /** The state of one delivery (event × webhook), or null when it was never enqueued. */
  async deliveryState(webhookId: string, messageId: string, now: Date): Promise<WebhookDeliveryState | null> {
    const output = await this.gateway.send<GetCommandOutput>(
      new GetCommand({ TableName: this.gateway.tableName, Key: webhookDeliveryKey(webhookId, messageId), ConsistentRead: true }),
    );
    // A marker past its ttl counts as absent (docs/data-model.md, "Expiry and TTL").
    if (!output.Item || (typeof output.Item.ttl === 'number' && hasExpired(output.Item.ttl, now))) return null;
    return WEBHOOK_DELIVERY_ITEM.parse(output.Item).state;
  }

  /** Records a delivery's state (ENQUEUED after the first enqueue, DELIVERED after a 2xx answer). */
  async markDelivery(webhookId: string, messageId: string, state: WebhookDeliveryState, at: Date): Promise<void> {
    await this.gateway.send(
      new PutCommand({
        TableName: this.gateway.tableName,
        Item: {
          ...webhookDeliveryKey(webhookId, messageId),
          entity: WEBHOOK_DELIVERY_ITEM.entity,
          webhookId,
          messageId,
          state,
          at: at.toISOString(),
          ttl: epochSecondsOf(at) + DELIVERY_MARKER_DAYS * 24 * 60 * 60,
        },
      }),
    );
  }
}
