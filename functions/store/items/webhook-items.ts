/**
 * Webhook items: every registered webhook in the one `WEBHOOKS` partition
 * (`WEBHOOK#<id>`; at most MAX_WEBHOOKS, so the worker reads them all with one
 * Query per domain event), and one delivery marker per event and webhook
 * (`WEBHOOK#<id>` / `DELIVERY#<webhook-id>`, expiring after 7 days) that makes
 * delivery idempotent. The secret is an attribute of the webhook item, so it
 * is encrypted at rest with the table's KMS key; no read returns it.
 */
import { WEBHOOK_EVENT_KINDS, WEBHOOK_STATUSES, type Webhook } from '../../core/webhooks/webhook.js';
import { list, oneOf, optional, shape, str } from './item-parser.js';
import { declareItemType } from './item-type.js';
import { FIXED_KEY, KEY_PREFIX, type Item, type ItemKey } from './keys.js';

export const WEBHOOK_ITEM = declareItemType(
  'WEBHOOK',
  shape<Webhook>({
    id: str,
    partnerClientId: str,
    url: str,
    events: list(oneOf(WEBHOOK_EVENT_KINDS)),
    secret: str,
    status: oneOf(WEBHOOK_STATUSES),
    createdAt: str,
    createdBy: str,
    createdByEmail: optional(str),
    disabledAt: optional(str),
    disabledReason: optional(str),
  }),
);

/** The states of a delivery marker: enqueued once, delivered once. */
export const WEBHOOK_DELIVERY_STATES = ['ENQUEUED', 'DELIVERED'] as const;
export type WebhookDeliveryState = (typeof WEBHOOK_DELIVERY_STATES)[number];

export const WEBHOOK_DELIVERY_ITEM = declareItemType(
  'WEBHOOK_DELIVERY',
  shape<{ webhookId: string; messageId: string; state: WebhookDeliveryState; at: string }>({
    webhookId: str,
    messageId: str,
    state: oneOf(WEBHOOK_DELIVERY_STATES),
    at: str,
  }),
  { expires: true },
);

export const webhookKey = (id: string): ItemKey => ({ pk: FIXED_KEY.webhooks, sk: `${KEY_PREFIX.webhook}${id}` });
export const webhookDeliveryKey = (webhookId: string, messageId: string): ItemKey => ({
  pk: `${KEY_PREFIX.webhook}${webhookId}`,
  sk: `${KEY_PREFIX.webhookDelivery}${messageId}`,
});

export function webhookItem(webhook: Webhook): Item {
  return { ...webhookKey(webhook.id), entity: WEBHOOK_ITEM.entity, ...webhook };
}
