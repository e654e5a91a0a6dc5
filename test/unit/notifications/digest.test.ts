import { describe, expect, it } from 'vitest';
import { digestPeriodOf, previousDigestPeriod, renderDigestMail } from '../../../functions/core/notifications/digest.js';
import type { Notification } from '../../../functions/core/notifications/notification.js';

const alertNotification = (name: string): Notification => ({
  id: `2026-12-02T10:00:00.000Z#${name}`,
  recipientSubject: 'someone',
  recipientOrganizationId: 'org-1',
  kind: 'PARTNER_ALERT',
  occurredAt: '2026-12-02T10:00:00.000Z',
  relatedName: { en: name, zh: `${name}（中）` },
});

describe('digest periods and mail', () => {
  it('cuts UTC days, and weeks from Monday', () => {
    // 2026-12-02 is a Wednesday.
    const at = new Date('2026-12-02T23:59:59.000Z');
    expect(digestPeriodOf('DAILY', at)).toEqual({
      frequency: 'DAILY',
      key: '2026-12-02',
      start: '2026-12-02T00:00:00.000Z',
      end: '2026-12-03T00:00:00.000Z',
    });
    expect(digestPeriodOf('WEEKLY', at)).toMatchObject({ key: '2026-11-30', end: '2026-12-07T00:00:00.000Z' });
    expect(digestPeriodOf('WEEKLY', new Date('2026-11-30T00:00:00.000Z')).key).toBe('2026-11-30');
  });

  it('mails, when run, the period that ended last', () => {
    const run = new Date('2026-12-07T00:30:00.000Z');
    expect(previousDigestPeriod('DAILY', run).key).toBe('2026-12-06');
    expect(previousDigestPeriod('WEEKLY', run).key).toBe('2026-11-30');
  });

  it('lists every item in the reader’s language, in text and HTML, with the unsubscribe link', () => {
    const mail = renderDigestMail({
      items: [alertNotification('Acme <Drives>'), alertNotification('Beta')],
      locale: 'zh',
      appUrl: 'https://app.example/',
      unsubscribeUrl: 'https://app.example/unsubscribe?token=t',
    });
    expect(mail.subject).toBe('chainfit 摘要：2 条新通知');
    expect(mail.text).toContain('Acme <Drives>（中）');
    expect(mail.html).toContain('Acme &lt;Drives&gt;（中）');
    expect(mail.text).toContain('https://app.example/unsubscribe?token=t');
  });
});
