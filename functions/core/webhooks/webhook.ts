/**
 * Partner webhooks (docs/notifications.md, "Partner webhooks"): what a
 * webhook is, which domain events a partner app may subscribe to, the
 * validation of a registration, the payload of a delivery and the retry
 * schedule. Pure: signing lives in ./webhook-signature.ts, delivery in
 * functions/app/webhook-delivery.ts.
 */
import type { FieldProblem } from '../errors.js';
import type { DomainEvent, NotificationKind } from '../notifications/notification.js';
import { duplicateProblems } from '../validation/field-problems.js';

/**
 * The domain event kinds a partner app may subscribe to: only those about
 * what a partner app may read through GraphQL (READER: organizations' public
 * profiles and collaborations). Match events are members' business (partner
 * apps cannot read matches), so they are never delivered to a webhook.
 */
export const WEBHOOK_EVENT_KINDS = [
  'ORGANIZATION_VERIFIED',
  'ORGANIZATION_SUSPENDED',
  'COLLABORATION_EXPIRING',
  'COLLABORATION_EXPIRED',
] as const satisfies readonly NotificationKind[];
export type WebhookEventKind = (typeof WEBHOOK_EVENT_KINDS)[number];

export const WEBHOOK_STATUSES = ['ACTIVE', 'DISABLED'] as const;
export type WebhookStatus = (typeof WEBHOOK_STATUSES)[number];

/** How long a delivery is retried before the webhook is disabled. */
export const WEBHOOK_RETRY_WINDOW_MS = 24 * 60 * 60 * 1000;
/** The first retry's delay; each further retry doubles it, up to WEBHOOK_MAX_RETRY_DELAY_MS. */
export const WEBHOOK_FIRST_RETRY_DELAY_MS = 30 * 1000;
export const WEBHOOK_MAX_RETRY_DELAY_MS = 4 * 60 * 60 * 1000;
/** Most webhooks registered at once (they are read in one Query per domain event). */
export const MAX_WEBHOOKS = 100;
export const MAX_WEBHOOK_URL_LENGTH = 2048;

/** A registered webhook. `secret` never leaves the server after registration. */
export interface Webhook {
  id: string;
  /** The partner app's client id (its machine credential's `client_id`). */
  partnerClientId: string;
  url: string;
  events: WebhookEventKind[];
  /** Standard Webhooks secret: `whsec_` + base64 of 32 random bytes. */
  secret: string;
  status: WebhookStatus;
  createdAt: string;
  /** The administrator who registered it; told when it is disabled. */
  createdBy: string;
  /** Their verified email, if their token had one (the disable notice is mailed there). */
  createdByEmail?: string;
  disabledAt?: string;
  disabledReason?: string;
}

export interface WebhookInput {
  partnerClientId: string;
  url: string;
  events: readonly string[];
}

export interface UrlRules {
  /** Local server only: http://localhost and http://127.0.0.1 allowed. Never set in AWS. */
  allowLocalHttp: boolean;
}

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** IPv4 private, loopback, link-local, CGNAT, benchmarking, multicast and reserved ranges (RFC 6890). */
const NON_PUBLIC_V4 =
  /^(0|10|127|169\.254|172\.(1[6-9]|2\d|3[01])|192\.168|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])|198\.1[89]|22[4-9]|2[3-5]\d)\./;
/** IPv6 unspecified, loopback, unique-local, link-local, multicast and IPv4-mapped addresses. */
const NON_PUBLIC_V6 = /^(::1?$|f[cd]|fe[89ab]|ff|::ffff:)/;

/** Whether an IP literal (v4 or bracketed v6) names a private, loopback, link-local or otherwise non-public address. */
export function isPrivateAddress(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return /^[\d.]+$/.test(h) ? NON_PUBLIC_V4.test(`${h}.`) : h.includes(':') && NON_PUBLIC_V6.test(h);
}

/** Problems of a webhook URL: https to a public host (in production), or http://localhost locally. */
export function webhookUrlProblems(url: string, rules: UrlRules, path = 'input.url'): FieldProblem[] {
  if (url.length > MAX_WEBHOOK_URL_LENGTH) return [{ path, message: `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters` }];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [{ path, message: 'must be an absolute URL' }];
  }
  if (parsed.username || parsed.password) return [{ path, message: 'must not contain credentials' }];
  const host = parsed.hostname.toLowerCase();
  const local = LOCAL_HOSTS.has(host);
  if (parsed.protocol === 'http:' && local && rules.allowLocalHttp) return [];
  if (parsed.protocol !== 'https:') {
    return [{ path, message: 'must use https' }];
  }
  if ((local || isPrivateAddress(host) || /(^|\.)(localhost|internal)$/.test(host)) && !rules.allowLocalHttp) {
    return [{ path, message: 'must name a public host' }];
  }
  return [];
}

/** Every problem of a registration; an empty list when it is fine. */
export function webhookInputProblems(input: WebhookInput, rules: UrlRules): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!/^[A-Za-z0-9._-]{1,128}$/.test(input.partnerClientId)) {
    problems.push({ path: 'input.partnerClientId', message: 'must be a client id' });
  }
  problems.push(...webhookUrlProblems(input.url.trim(), rules));
  if (input.events.length === 0) problems.push({ path: 'input.events', message: 'must name at least one event' });
  input.events.forEach((event, index) => {
    if (!(WEBHOOK_EVENT_KINDS as readonly string[]).includes(event)) {
      problems.push({ path: `input.events[${index}]`, message: `must be one of ${WEBHOOK_EVENT_KINDS.join(', ')}` });
    }
  });
  problems.push(...duplicateProblems(input.events, 'input.events'));
  return problems;
}

/** Whether a webhook wants an event. */
export function webhookWants(webhook: Pick<Webhook, 'status' | 'events'>, kind: NotificationKind): boolean {
  return webhook.status === 'ACTIVE' && (webhook.events as readonly NotificationKind[]).includes(kind);
}

/** The Standard Webhooks event type of a kind, e.g. `organization.verified`. */
export function webhookEventType(kind: WebhookEventKind): string {
  const [entity = '', ...rest] = kind.toLowerCase().split('_');
  return `${entity}.${rest.join('_')}`;
}

/** The payload (Standard Webhooks: type, timestamp, data) of a domain event. */
export interface WebhookPayload {
  type: string;
  timestamp: string;
  data: {
    /** The organization the event is about (public: any reader can query it). */
    organizationId: string;
    collaborationId?: string;
  };
}

/**
 * The payload of a domain event for webhooks: ids only, each readable by a
 * partner app through GraphQL (`organization(id)`, `collaboration(id)`), which
 * is where the app reads public fields. Nothing else of the event goes out.
 */
export function webhookPayloadOf(event: DomainEvent & { kind: WebhookEventKind }): WebhookPayload {
  return {
    type: webhookEventType(event.kind),
    timestamp: event.occurredAt,
    data: {
      organizationId: event.recipient.organizationId,
      ...(event.collaborationId ? { collaborationId: event.collaborationId } : {}),
    },
  };
}

export function isWebhookEvent(event: DomainEvent): event is DomainEvent & { kind: WebhookEventKind } {
  return (WEBHOOK_EVENT_KINDS as readonly string[]).includes(event.kind);
}

/** The delay before retry number `attempt` (1 = the first retry): 30 s doubling, at most 4 h. */
export function retryDelayMs(attempt: number): number {
  return Math.min(WEBHOOK_FIRST_RETRY_DELAY_MS * 2 ** Math.max(0, attempt - 1), WEBHOOK_MAX_RETRY_DELAY_MS);
}

/**
 * When to try a failed delivery again, or null when the retry window (24 h
 * since the first attempt) is spent: then the webhook is disabled.
 */
export function nextAttemptAt(firstAttemptAt: string, failedAttempts: number, now: Date): Date | null {
  const due = new Date(now.getTime() + retryDelayMs(failedAttempts));
  return due.getTime() - Date.parse(firstAttemptAt) > WEBHOOK_RETRY_WINDOW_MS ? null : due;
}
