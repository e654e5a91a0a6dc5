/**
 * Registering partner webhooks (administrators only: Mutation.registerWebhook
 * is ADMIN in core/access/policy.ts). The secret is generated here, stored
 * with the webhook and returned once, in the registration's answer; listing
 * never returns it.
 */
import { randomUUID } from 'node:crypto';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../core/errors.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import { MAX_WEBHOOKS, webhookInputProblems, type Webhook, type WebhookEventKind, type WebhookInput } from '../core/webhooks/webhook.js';
import type { AppRequest } from './app-request.js';
import { newWebhookSecret } from './webhook-signature.js';

/** A webhook as administrators read it: everything but the secret. */
export type WebhookView = Omit<Webhook, 'secret'>;

const viewOf = ({ secret: _secret, ...view }: Webhook): WebhookView => view;

/** The registering administrator (the API's policy admits administrators only; this names them). */
function administratorOf({ principal }: AppRequest): { subject: string; email?: string | undefined } {
  if (principal.role !== 'ADMIN') throw new ForbiddenError();
  return principal;
}

/** Registers a webhook; the answer carries the secret, the only time it is shown. */
export async function registerWebhook(request: AppRequest, input: WebhookInput): Promise<{ webhook: WebhookView; secret: string }> {
  const admin = administratorOf(request);
  throwIfAny(webhookInputProblems(input, { allowLocalHttp: request.allowLocalWebhookUrls === true }));
  if ((await request.store.webhooks.list()).length >= MAX_WEBHOOKS) {
    throw new BadUserInputError(`at most ${MAX_WEBHOOKS} webhooks`);
  }
  const webhook: Webhook = {
    id: randomUUID(),
    partnerClientId: input.partnerClientId,
    url: input.url.trim(),
    events: [...input.events] as WebhookEventKind[],
    secret: newWebhookSecret(),
    status: 'ACTIVE',
    createdAt: request.now.toISOString(),
    createdBy: admin.subject,
    ...(admin.email ? { createdByEmail: admin.email } : {}),
  };
  if (!(await request.store.webhooks.create(webhook))) throw new ConflictError('Retry');
  return { webhook: viewOf(webhook), secret: webhook.secret };
}

/** Every webhook, without secrets (administrators: Query.webhooks is ADMIN). */
export async function listWebhooks(request: AppRequest): Promise<WebhookView[]> {
  return (await request.store.webhooks.list()).map(viewOf);
}

/** Deletes a webhook (pending deliveries find it gone and are dropped); answers what it was, without its secret. */
export async function deleteWebhook(request: AppRequest, id: string): Promise<WebhookView> {
  const deleted = await request.store.webhooks.delete(id);
  if (!deleted) throw new NotFoundError('Webhook', id);
  return viewOf(deleted);
}
