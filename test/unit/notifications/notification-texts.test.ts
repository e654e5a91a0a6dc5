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

  it('names the event, the slot and the table of a meeting, in the reader’s language', () => {
    const moved = {
      kind: 'MEETING_MOVED' as const,
      relatedName: name,
      eventName: { en: 'Northeast Asia Expo', zh: '东北亚博览会', ko: '동북아박람회' },
      meetingSlotId: '2026-08-27T10:20',
      meetingTable: 'T07',
    };
    expect(notificationText(moved, 'en')).toBe(
      'Your meeting with Hanbit Power Devices at Northeast Asia Expo has moved to 2026-08-27 10:20, table T07.',
    );
    expect(notificationText(moved, 'zh')).toBe('您与 韩光功率器件 在东北亚博览会的洽谈已改至：2026-08-27 10:20，T07 号桌。');
    expect(notificationText(moved, 'ko')).toBe(
      '한빛파워디바이스와(과)의 동북아박람회 미팅이 변경되었습니다: 2026-08-27 10:20, 테이블 T07.',
    );
    expect(notificationText({ kind: 'MEETING_REQUESTED', relatedName: name }, 'en')).toBe(
      'Hanbit Power Devices asks to meet you at the event.',
    );
  });

  it('falls back to English, then to a neutral name when none is known', () => {
    expect(notificationText({ kind: 'INTEREST_WITHDRAWN', relatedName: { en: 'Qinglan' } }, 'ko')).toBe(
      'Qinglan이(가) 협력 의향을 철회했습니다.',
    );
    expect(notificationText({ kind: 'INTEREST_WITHDRAWN' }, 'en')).toBe('An organization withdrew its interest.');
  });
});
