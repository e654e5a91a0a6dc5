/**
 * The short text of each notification kind in English, Chinese and Korean.
 * Rendered when read, in the reader's locale, from the notification's kind and
 * the public name it carries; never from private fields (contacts, notes).
 */
import type { DeclineReason, MatchOutcome } from '../match/match-record.js';
import { localize, type Locale, type TrilingualText } from '../vocabulary.js';
import { EXPIRY_WARNING_DAYS, type Notification, type NotificationKind } from './notification.js';

/** The meeting kinds' words: the event's name and the meeting's place (slot and table), in the reader's locale. */
interface MeetingWords {
  event: string;
  place: string;
}

type Template = Record<Locale, (name: string, detail: string, meeting: MeetingWords) => string>;

const TEMPLATES: Record<NotificationKind, Template> = {
  INTEREST_RECEIVED: {
    en: (n) => `${n} expressed interest in partnering with you.`,
    zh: (n) => `${n} 表达了与您合作的意向。`,
    ko: (n) => `${n}이(가) 협력 의향을 보냈습니다.`,
  },
  INTEREST_ACCEPTED: {
    en: (n) => `${n} accepted your interest: you can now see each other's contacts.`,
    zh: (n) => `${n} 接受了您的合作意向，双方现在可以查看彼此的联系方式。`,
    ko: (n) => `${n}이(가) 협력 의향을 수락했습니다. 이제 서로의 연락처를 볼 수 있습니다.`,
  },
  MATCH_MUTUAL: {
    en: (n) => `You and ${n} are now a mutual match: you can see each other's contacts.`,
    zh: (n) => `您与 ${n} 已互相匹配，双方可以查看彼此的联系方式。`,
    ko: (n) => `${n}와(과) 상호 매칭되었습니다. 서로의 연락처를 볼 수 있습니다.`,
  },
  INTEREST_DECLINED: {
    en: (n, d) => `${n} declined your interest${d ? ` (${d})` : ''}.`,
    zh: (n, d) => `${n} 婉拒了您的合作意向${d ? `（${d}）` : ''}。`,
    ko: (n, d) => `${n}이(가) 협력 의향을 거절했습니다${d ? ` (${d})` : ''}.`,
  },
  INTEREST_WITHDRAWN: {
    en: (n) => `${n} withdrew its interest.`,
    zh: (n) => `${n} 撤回了合作意向。`,
    ko: (n) => `${n}이(가) 협력 의향을 철회했습니다.`,
  },
  OUTCOME_RECORDED: {
    en: (n, d) => `An outcome was recorded for your match with ${n}: ${d}.`,
    zh: (n, d) => `您与 ${n} 的匹配已记录结果：${d}。`,
    ko: (n, d) => `${n}와(과)의 매칭 결과가 기록되었습니다: ${d}.`,
  },
  COLLABORATION_EXPIRING: {
    en: (n) => `Your collaboration "${n}" expires in ${EXPIRY_WARNING_DAYS} days.`,
    zh: (n) => `您发布的合作需求“${n}”将在 ${EXPIRY_WARNING_DAYS} 天后到期。`,
    ko: (n) => `게시한 협력 공고 "${n}"이(가) ${EXPIRY_WARNING_DAYS}일 후 만료됩니다.`,
  },
  COLLABORATION_EXPIRED: {
    en: (n) => `Your collaboration "${n}" has expired.`,
    zh: (n) => `您发布的合作需求“${n}”已到期。`,
    ko: (n) => `게시한 협력 공고 "${n}"이(가) 만료되었습니다.`,
  },
  ORGANIZATION_VERIFIED: {
    en: (n) => `${n} has been verified by the zone administration.`,
    zh: (n) => `${n} 已通过示范区管理机构认证。`,
    ko: (n) => `${n}이(가) 시범구 관리기관의 인증을 받았습니다.`,
  },
  ORGANIZATION_SUSPENDED: {
    en: (n) => `${n} has been suspended by the zone administration; partners can no longer find it.`,
    zh: (n) => `${n} 已被示范区管理机构暂停，合作方将无法搜索到它。`,
    ko: (n) => `${n}이(가) 시범구 관리기관에 의해 정지되어 파트너 검색에 표시되지 않습니다.`,
  },
  PARTNER_ALERT: {
    en: (n) => `${n} fits one of your saved alerts: see it in partner search.`,
    zh: (n) => `${n} 符合您保存的提醒条件，可在合作伙伴搜索中查看。`,
    ko: (n) => `${n}이(가) 저장한 알림 조건에 맞습니다. 파트너 검색에서 확인하세요.`,
  },
  POSTING_ALERT: {
    en: (n) => `A new collaboration, "${n}", fits one of your saved alerts.`,
    zh: (n) => `新的合作需求“${n}”符合您保存的提醒条件。`,
    ko: (n) => `새 협력 공고 "${n}"이(가) 저장한 알림 조건에 맞습니다.`,
  },
  MEETING_REQUESTED: {
    en: (n, _d, m) => `${n} asks to meet you at ${m.event}.`,
    zh: (n, _d, m) => `${n} 请求在${m.event}与您洽谈。`,
    ko: (n, _d, m) => `${n}이(가) ${m.event}에서 미팅을 요청했습니다.`,
  },
  MEETING_ACCEPTED: {
    en: (n, _d, m) => `${n} accepted your meeting request at ${m.event}.`,
    zh: (n, _d, m) => `${n} 接受了您在${m.event}的洽谈请求。`,
    ko: (n, _d, m) => `${n}이(가) ${m.event} 미팅 요청을 수락했습니다.`,
  },
  MEETING_AUTO_ACCEPTED: {
    en: (n, _d, m) => `Your meeting with ${n} at ${m.event} was accepted automatically: you are a mutual match.`,
    zh: (n, _d, m) => `您与 ${n} 在${m.event}的洽谈已自动确认（双方已互相匹配）。`,
    ko: (n, _d, m) => `${n}와(과)의 ${m.event} 미팅이 자동으로 수락되었습니다(상호 매칭).`,
  },
  MEETING_DECLINED: {
    en: (n, d, m) => `${n} declined your meeting request at ${m.event}${d ? ` (${d})` : ''}.`,
    zh: (n, d, m) => `${n} 婉拒了您在${m.event}的洽谈请求${d ? `（${d}）` : ''}。`,
    ko: (n, d, m) => `${n}이(가) ${m.event} 미팅 요청을 거절했습니다${d ? ` (${d})` : ''}.`,
  },
  MEETING_CANCELLED: {
    en: (n, _d, m) => `${n} cancelled your meeting at ${m.event}.`,
    zh: (n, _d, m) => `${n} 取消了在${m.event}与您的洽谈。`,
    ko: (n, _d, m) => `${n}이(가) ${m.event} 미팅을 취소했습니다.`,
  },
  MEETING_SCHEDULED: {
    en: (n, _d, m) => `Your meeting with ${n} at ${m.event} is scheduled: ${m.place}.`,
    zh: (n, _d, m) => `您与 ${n} 在${m.event}的洽谈已排定：${m.place}。`,
    ko: (n, _d, m) => `${n}와(과)의 ${m.event} 미팅 일정이 정해졌습니다: ${m.place}.`,
  },
  MEETING_MOVED: {
    en: (n, _d, m) => `Your meeting with ${n} at ${m.event} has moved to ${m.place}.`,
    zh: (n, _d, m) => `您与 ${n} 在${m.event}的洽谈已改至：${m.place}。`,
    ko: (n, _d, m) => `${n}와(과)의 ${m.event} 미팅이 변경되었습니다: ${m.place}.`,
  },
  MEETING_UNSCHEDULED: {
    en: (n, _d, m) => `Your meeting with ${n} at ${m.event} (${m.place}) no longer has a place in the schedule.`,
    zh: (n, _d, m) => `您与 ${n} 在${m.event}的洽谈（${m.place}）已不在日程中。`,
    ko: (n, _d, m) => `${n}와(과)의 ${m.event} 미팅(${m.place})이 일정에서 빠졌습니다.`,
  },
};

/** What stands in for an event's name that is unknown (e.g. the event was removed). */
const UNKNOWN_EVENT: TrilingualText = { en: 'the event', zh: '活动', ko: '행사' };

/** A meeting's place: its slot's local start (`2026-08-27 09:20`) and its table. */
const PLACE_TEXT: Record<Locale, (slot: string, table: string) => string> = {
  en: (slot, table) => `${slot}, table ${table}`,
  zh: (slot, table) => `${slot}，${table} 号桌`,
  ko: (slot, table) => `${slot}, 테이블 ${table}`,
};

function meetingWordsOf(notification: Pick<Notification, 'eventName' | 'meetingSlotId' | 'meetingTable'>, locale: Locale): MeetingWords {
  const event = localize(notification.eventName ?? UNKNOWN_EVENT, locale) || localize(UNKNOWN_EVENT, locale);
  const slot = notification.meetingSlotId?.replace('T', ' ') ?? '';
  return { event, place: slot ? PLACE_TEXT[locale](slot, notification.meetingTable ?? '') : '' };
}

const DECLINE_REASON_TEXT: Record<DeclineReason, TrilingualText> = {
  NOT_RELEVANT: { en: 'not relevant', zh: '不相关', ko: '관련 없음' },
  TOO_EARLY_STAGE: { en: 'too early a stage', zh: '阶段过早', ko: '초기 단계' },
  NO_CAPACITY: { en: 'no capacity', zh: '暂无能力承接', ko: '여력 없음' },
  WRONG_REGION: { en: 'wrong region', zh: '地区不符', ko: '지역 불일치' },
  OTHER: { en: 'other reason', zh: '其他原因', ko: '기타 사유' },
};

const OUTCOME_TEXT: Record<MatchOutcome, TrilingualText> = {
  MEETING_HELD: { en: 'meeting held', zh: '已会面', ko: '미팅 진행' },
  AGREEMENT_SIGNED: { en: 'agreement signed', zh: '已签署协议', ko: '협약 체결' },
  NO_DEAL: { en: 'no deal', zh: '未达成合作', ko: '합의 불성립' },
};

/** What stands in for a name that is unknown (e.g. the organization was deleted). */
const UNKNOWN_NAME: TrilingualText = { en: 'An organization', zh: '某机构', ko: '한 기관' };

/** The notification's text in `locale`. */
export function notificationText(
  notification: Pick<Notification, 'kind' | 'relatedName' | 'declineReason' | 'outcome' | 'eventName' | 'meetingSlotId' | 'meetingTable'>,
  locale: Locale,
): string {
  const name = localize(notification.relatedName ?? UNKNOWN_NAME, locale) || localize(UNKNOWN_NAME, locale);
  const detail = notification.declineReason
    ? DECLINE_REASON_TEXT[notification.declineReason][locale]
    : notification.outcome
      ? OUTCOME_TEXT[notification.outcome][locale]
      : '';
  return TEMPLATES[notification.kind][locale](name, detail, meetingWordsOf(notification, locale));
}
