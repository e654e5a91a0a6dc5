import { describe, expect, it } from 'vitest';
import {
  isPrivateAddress,
  nextAttemptAt,
  retryDelayMs,
  webhookEventType,
  webhookInputProblems,
  webhookPayloadOf,
  webhookUrlProblems,
} from '../../../functions/core/webhooks/webhook.js';
import { newWebhookSecret, webhookSignature } from '../../../functions/app/webhook-signature.js';

const AWS = { allowLocalHttp: false };
const LOCAL = { allowLocalHttp: true };

describe('webhook URLs', () => {
  it('accepts https to public hosts and refuses everything else in AWS', () => {
    expect(webhookUrlProblems('https://partner.example/hooks', AWS)).toEqual([]);
    expect(webhookUrlProblems('https://203.0.113.7/hooks', AWS)).toEqual([]);
    for (const url of [
      'http://partner.example/hooks',
      'http://localhost:3000/h',
      'http://127.0.0.1:3000/h',
      'https://localhost/h',
      'https://api.localhost/h',
      'https://metadata.internal/h',
      'https://10.0.0.1/h',
      'https://172.16.5.4/h',
      'https://172.31.255.255/h',
      'https://192.168.1.1/h',
      'https://169.254.169.254/latest/meta-data',
      'https://100.64.0.1/h',
      'https://0.0.0.0/h',
      'https://[::1]/h',
      'https://[fd00::1]/h',
      'https://[fe80::1]/h',
      'https://[::ffff:10.0.0.1]/h',
      'https://user:pass@partner.example/h',
      'ftp://partner.example/h',
      'not a url',
    ]) {
      expect(webhookUrlProblems(url, AWS), url).toHaveLength(1);
    }
  });

  it('allows http://localhost and http://127.0.0.1 only under the local flag', () => {
    expect(webhookUrlProblems('http://localhost:4010/h', LOCAL)).toEqual([]);
    expect(webhookUrlProblems('http://127.0.0.1:4010/h', LOCAL)).toEqual([]);
    expect(webhookUrlProblems('http://partner.example/h', LOCAL)).toHaveLength(1);
  });

  it('tells public from non-public addresses', () => {
    expect(['172.15.0.1', '172.32.0.1', '8.8.8.8', '100.128.0.1', '2001:db8::1', 'partner.example'].map(isPrivateAddress)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
    expect(['127.0.0.1', '10.1.1.1', '224.0.0.1', '::', '::1', 'fc00::1'].map(isPrivateAddress)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('webhook registration input', () => {
  it('names each problem with its path', () => {
    const problems = webhookInputProblems(
      {
        partnerClientId: 'bad id!',
        url: 'http://x.example',
        events: ['ORGANIZATION_VERIFIED', 'INTEREST_RECEIVED', 'ORGANIZATION_VERIFIED'],
      },
      AWS,
    );
    expect(problems.map((problem) => problem.path)).toEqual(['input.partnerClientId', 'input.url', 'input.events[1]', 'input.events[2]']);
    expect(webhookInputProblems({ partnerClientId: 'portal', url: 'https://x.example', events: [] }, AWS).map((p) => p.path)).toEqual([
      'input.events',
    ]);
  });
});

describe('webhook payloads and retries', () => {
  it('carries only ids a partner app may read', () => {
    const payload = webhookPayloadOf({
      kind: 'COLLABORATION_EXPIRING',
      recipient: { organizationId: 'org-1' },
      occurredAt: '2026-12-01T00:00:00.000Z',
      collaborationId: 'c-1',
      relatedOrganizationId: 'org-2',
    });
    expect(payload).toEqual({
      type: 'collaboration.expiring',
      timestamp: '2026-12-01T00:00:00.000Z',
      data: { organizationId: 'org-1', collaborationId: 'c-1' },
    });
    expect(webhookEventType('ORGANIZATION_SUSPENDED')).toBe('organization.suspended');
  });

  it('backs off exponentially to 4 hours and gives up 24 hours after the first attempt', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(20)).toBe(4 * 3_600_000);
    const first = '2026-12-01T00:00:00.000Z';
    expect(nextAttemptAt(first, 1, new Date(first))?.toISOString()).toBe('2026-12-01T00:00:30.000Z');
    expect(nextAttemptAt(first, 12, new Date('2026-12-01T19:00:00.000Z'))?.toISOString()).toBe('2026-12-01T23:00:00.000Z');
    expect(nextAttemptAt(first, 13, new Date('2026-12-01T23:00:00.000Z'))).toBeNull();
  });
});

describe('Standard Webhooks signatures', () => {
  it("signs id.timestamp.body with the decoded secret (the specification's own example)", () => {
    // Example from the Standard Webhooks specification (github.com/standard-webhooks/standard-webhooks, spec/standard-webhooks.md).
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"test": 2432232314}';
    expect(webhookSignature(secret, 'msg_p5jXN8AQM9LWM0D4loKWxJek', 1614265330, body)).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    );
  });

  it('makes 32-byte whsec_ secrets', () => {
    const secret = newWebhookSecret();
    expect(Buffer.from(secret.slice('whsec_'.length), 'base64')).toHaveLength(32);
  });
});
