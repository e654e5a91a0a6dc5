/**
 * The short text of each notification kind in English, Chinese and Korean.
 * Rendered when read, in the reader's locale, from the notification's kind and
 * the public name it carries; never from private fields (contacts, notes).
 */
import type { DeclineReason, MatchOutcome } from '../match/match-record.js';
import { localize, type Locale, type TrilingualText } from '../vocabulary.js';
import { EXPIRY_WARNING_DAYS, type Notification, type NotificationKind } from './notification.js';

type Template = Record<Locale, (name: string, detail: string) => string>;

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
};

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
  notification: Pick<Notification, 'kind' | 'relatedName' | 'declineReason' | 'outcome'>,
  locale: Locale,
): string {
  const name = localize(notification.relatedName ?? UNKNOWN_NAME, locale) || localize(UNKNOWN_NAME, locale);
  const detail = notification.declineReason
    ? DECLINE_REASON_TEXT[notification.declineReason][locale]
    : notification.outcome
      ? OUTCOME_TEXT[notification.outcome][locale]
      : '';
  return TEMPLATES[notification.kind][locale](name, detail);
}
