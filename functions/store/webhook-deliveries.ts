/**
 * What the webhook workers write: delivery markers (one per event and
 * webhook, so delivery is idempotent) and the disabling of a webhook after 24
 * hours of failures (a conditional update: exactly one caller sees the
 * transition and notifies the administrators). Kept apart from
 * ./webhook-repository.ts so the GraphQL Lambda's bundle does not carry it.
 */
import { GetCommand, PutCommand, UpdateCommand, type GetCommandOutput } from '@aws-sdk/lib-dynamodb';
import type { DynamoGateway } from './dynamo-gateway.js';
import { epochSecondsOf, hasExpired } from './items/expiry.js';
import { WEBHOOK_DELIVERY_ITEM, webhookDeliveryKey, webhookKey, type WebhookDeliveryState } from './items/webhook-items.js';
import { conditionHeld } from './write-conditions.js';

/** How long a delivery marker is kept: well beyond the 24-hour retry window. */
const DELIVERY_MARKER_DAYS = 7;

export class WebhookDeliveryLog {
  constructor(private readonly gateway: DynamoGateway) {}

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
