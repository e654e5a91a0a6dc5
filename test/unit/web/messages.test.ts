import { readFileSync } from 'node:fs';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../web/src/i18n/messages/index.js';
import { formatMessage, MISSING_MARK } from '../../../web/src/i18n/format.js';
import { LOCALES, preferredLocale } from '../../../web/src/i18n/locales.js';

/** Enums the console labels through `enum.<Name>.<VALUE>` messages. */
const LABELLED_ENUMS = [
  'Country',
  'OrganizationType',
  'VerificationStatus',
  'CooperationMode',
  'TechnologyMaturity',
  'CollaborationKind',
  'CollaborationStatus',
  'MatchStatus',
  'MatchOutcome',
  'MemberRole',
  'DeclineReason',
  'AgreementType',
  'FitEvidenceKind',
  'Locale',
  'NotificationKind',
];

describe('console messages', () => {
  it('defines the same keys in English, Chinese and Korean, none blank', () => {
    const keys = Object.keys(MESSAGES.en).sort();
    for (const locale of LOCALES) {
      expect(Object.keys(MESSAGES[locale]).sort(), locale).toEqual(keys);
      expect(
        Object.entries(MESSAGES[locale]).filter(([, text]) => text.trim() === ''),
        locale,
      ).toEqual([]);
    }
  });

  it('labels every value of the enums the console shows, in every language (a new schema value needs a label)', () => {
    const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
    for (const name of LABELLED_ENUMS) {
      const type = schema.getType(name);
      expect(type, name).toBeInstanceOf(GraphQLEnumType);
      for (const value of (type as GraphQLEnumType).getValues()) {
        for (const locale of LOCALES)
          expect(formatMessage(locale, `enum.${name}.${value.name}`), `${locale} ${name}.${value.name}`).not.toContain(MISSING_MARK);
      }
    }
  });

  it('keeps the same placeholders in every translation', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of Object.entries(MESSAGES.en)) {
      for (const locale of LOCALES)
        expect(placeholders(MESSAGES[locale][key as keyof typeof MESSAGES.en]), `${locale} ${key}`).toEqual(placeholders(text));
    }
  });

  it('fills placeholders and marks a missing key visibly', () => {
    expect(formatMessage('ko', 'interest.message', { name: '아룸' })).toBe('아룸에 보낼 메시지');
    expect(formatMessage('zh', 'no.such.key')).toBe(`${MISSING_MARK}no.such.key⟧`);
  });

  it('defaults to the first browser language it speaks, else English', () => {
    expect(preferredLocale(['ko-KR', 'en-US'])).toBe('ko');
    expect(preferredLocale(['fr-FR', 'zh-CN'])).toBe('zh');
    expect(preferredLocale(['fr-FR'])).toBe('en');
  });
});
