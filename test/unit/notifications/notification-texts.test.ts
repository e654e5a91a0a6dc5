import { describe, expect, it } from 'vitest';
import { NOTIFICATION_KINDS } from '../../../functions/core/notifications/notification.js';
import { notificationText } from '../../../functions/core/notifications/notification-texts.js';
import { LOCALES } from '../../../functions/core/vocabulary.js';

const name = { en: 'Hanbit Power Devices', zh: '韩光功率器件', ko: '한빛파워디바이스' };

describe('notification texts', () => {
  it('has a text for every kind in every locale, naming the organization in that locale', () => {
    for (const kind of NOTIFICATION_KINDS) {
      for (const locale of LOCALES) {
        expect([kind, locale, notificationText({ kind, relatedName: name }, locale)]).toEqual([
          kind,
          locale,
          expect.stringContaining(name[locale]),
        ]);
      }
    }
  });

  it('says why an interest was declined, in the reader’s language', () => {
    const declined = { kind: 'INTEREST_DECLINED' as const, relatedName: name, declineReason: 'NO_CAPACITY' as const };
    expect(notificationText(declined, 'en')).toBe('Hanbit Power Devices declined your interest (no capacity).');
    expect(notificationText(declined, 'zh')).toBe('韩光功率器件 婉拒了您的合作意向（暂无能力承接）。');
  });

  it('falls back to English, then to a neutral name when none is known', () => {
    expect(notificationText({ kind: 'INTEREST_WITHDRAWN', relatedName: { en: 'Qinglan' } }, 'ko')).toBe(
      'Qinglan이(가) 협력 의향을 철회했습니다.',
    );
    expect(notificationText({ kind: 'INTEREST_WITHDRAWN' }, 'en')).toBe('An organization withdrew its interest.');
  });
});
