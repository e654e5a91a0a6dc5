/**
 * The mail telling an invited email address of its invitation, in the
 * inviting organization's language, plain text and HTML. It carries only
 * public data (the organization's name) and the invitation's own facts; the
 * invitee accepts by signing in with that email (there is no secret link).
 */
import type { MemberRole } from '../access/membership.js';
import type { Invitation } from '../membership/member-records.js';
import { localize, type LocalizedText, type Locale } from '../vocabulary.js';
import type { RenderedMail } from './notification-mail.js';

const ROLE_WORDS: Record<Locale, Record<MemberRole, string>> = {
  en: { OWNER: 'an owner', MEMBER: 'a member' },
  zh: { OWNER: '所有者', MEMBER: '成员' },
  ko: { OWNER: '소유자', MEMBER: '멤버' },
};

const SENTENCES: Record<Locale, (name: string, role: string, email: string, expires: string) => string> = {
  en: (name, role, email, expires) =>
    `${name} invited you to join it on chainfit as ${role}. Sign in with ${email} to accept; the invitation expires on ${expires}.`,
  zh: (name, role, email, expires) =>
    `${name} 邀请您以${role}身份加入其在 chainfit 的组织。请使用 ${email} 登录以接受邀请；邀请于 ${expires} 过期。`,
  ko: (name, role, email, expires) =>
    `${name}에서 chainfit의 ${role}(으)로 초대했습니다. ${email}(으)로 로그인하여 수락하세요. 초대는 ${expires}에 만료됩니다.`,
};

const OPEN: Record<Locale, string> = { en: 'Open chainfit', zh: '打开 chainfit', ko: 'chainfit 열기' };
const SUBJECT: Record<Locale, string> = { en: 'chainfit invitation', zh: 'chainfit 邀请', ko: 'chainfit 초대' };

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** Renders the invitation mail. */
export function renderInvitationMail(input: {
  invitation: Invitation;
  organizationName: LocalizedText;
  locale: Locale;
  appUrl: string;
}): RenderedMail {
  const { invitation, locale } = input;
  const name = localize(input.organizationName, locale);
  const body = SENTENCES[locale](name, ROLE_WORDS[locale][invitation.role], invitation.email, invitation.expiresAt.slice(0, 10));
  return {
    subject: `${SUBJECT[locale]}: ${name}`,
    text: [body, '', `${OPEN[locale]}: ${input.appUrl}`].join('\n'),
    html: [`<p>${escapeHtml(body)}</p>`, `<p><a href="${escapeHtml(input.appUrl)}">${escapeHtml(OPEN[locale])}</a></p>`].join('\n'),
  };
}
