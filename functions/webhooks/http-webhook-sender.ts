/**
 * The webhook HTTP adapter: one POST with a timeout, redirects not followed
 * (a redirect is a failed attempt: it could lead to an internal address). In
 * production (`refusePrivateAddresses`), the host's addresses are resolved
 * first and a private, loopback or link-local one refuses the delivery
 * (docs/security.md, "Partner webhooks": SSRF).
 */
import { lookup } from 'node:dns/promises';
import { isPrivateAddress } from '../core/webhooks/webhook.js';
import type { WebhookSender } from '../app/webhook-delivery.js';

export interface HttpWebhookSenderOptions {
  /** Production: refuse hosts that resolve to a non-public address. */
  refusePrivateAddresses: boolean;
  timeoutMs?: number;
}

export function createHttpWebhookSender(options: HttpWebhookSenderOptions): WebhookSender {
  return {
    async post(url, headers, body) {
      if (options.refusePrivateAddresses) {
        const host = new URL(url).hostname;
        const addresses = await lookup(host.replace(/^\[|\]$/g, ''), { all: true });
        const privateOne = addresses.find((entry) => isPrivateAddress(entry.address));
        if (privateOne) throw new Error(`${host} resolves to a non-public address; not delivered`);
      }
      const response = await fetch(url, {
        method: 'POST',
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
      await response.body?.cancel();
      return response.status;
    },
  };
}
