import { describe, expect, it } from 'vitest';
import { buildSchema } from 'graphql';
import { decide, maySeePrivateFieldsOf, OPERATION_ACCESS, type AccessRule, type Decision } from '../../functions/core/access/policy.js';
import { typeDefs } from '../../functions/api/generated/type-defs.js';
import { CALLER_NAMES, callersFor, type CallerName } from '../support/principals.js';

const TARGET = 'org-target';
const callers = callersFor(TARGET, 'org-other');

/** What each rule decides for each caller, when the operation acts for TARGET. */
const EXPECTED: Record<AccessRule, Record<CallerName, Decision>> = {
  PUBLIC: {
    ANONYMOUS: 'ALLOW',
    PARTNER: 'ALLOW',
    MEMBER_OF_TARGET: 'ALLOW',
    PLAIN_MEMBER_OF_TARGET: 'ALLOW',
    MEMBER_OF_OTHER: 'ALLOW',
    MEMBER_WITHOUT_ORG: 'ALLOW',
    ADMIN: 'ALLOW',
  },
  READER: {
    ANONYMOUS: 'UNAUTHENTICATED',
    PARTNER: 'ALLOW',
    MEMBER_OF_TARGET: 'ALLOW',
    PLAIN_MEMBER_OF_TARGET: 'ALLOW',
    MEMBER_OF_OTHER: 'ALLOW',
    MEMBER_WITHOUT_ORG: 'ALLOW',
    ADMIN: 'ALLOW',
  },
  SIGNED_IN: {
    ANONYMOUS: 'UNAUTHENTICATED',
    PARTNER: 'FORBIDDEN',
    MEMBER_OF_TARGET: 'ALLOW',
    PLAIN_MEMBER_OF_TARGET: 'ALLOW',
    MEMBER_OF_OTHER: 'ALLOW',
    MEMBER_WITHOUT_ORG: 'ALLOW',
    ADMIN: 'ALLOW',
  },
  ORGANIZATION_MEMBER: {
    ANONYMOUS: 'UNAUTHENTICATED',
    PARTNER: 'FORBIDDEN',
    MEMBER_OF_TARGET: 'ALLOW',
    PLAIN_MEMBER_OF_TARGET: 'ALLOW',
    MEMBER_OF_OTHER: 'FORBIDDEN',
    MEMBER_WITHOUT_ORG: 'FORBIDDEN',
    ADMIN: 'ALLOW',
  },
  // Managing members: the organization's owners, not its plain members.
  ORGANIZATION_OWNER: {
    ANONYMOUS: 'UNAUTHENTICATED',
    PARTNER: 'FORBIDDEN',
    MEMBER_OF_TARGET: 'ALLOW',
    PLAIN_MEMBER_OF_TARGET: 'FORBIDDEN',
    MEMBER_OF_OTHER: 'FORBIDDEN',
    MEMBER_WITHOUT_ORG: 'FORBIDDEN',
    ADMIN: 'ALLOW',
  },
  ADMIN: {
    ANONYMOUS: 'UNAUTHENTICATED',
    PARTNER: 'FORBIDDEN',
    MEMBER_OF_TARGET: 'FORBIDDEN',
    PLAIN_MEMBER_OF_TARGET: 'FORBIDDEN',
    MEMBER_OF_OTHER: 'FORBIDDEN',
    MEMBER_WITHOUT_ORG: 'FORBIDDEN',
    ADMIN: 'ALLOW',
  },
};

const cases = (Object.keys(EXPECTED) as AccessRule[]).flatMap((rule) =>
  CALLER_NAMES.map((caller) => ({ rule, caller, expected: EXPECTED[rule][caller] })),
);

describe('decide', () => {
  it.each(cases)('$rule × $caller → $expected', ({ rule, caller, expected }) => {
    expect(decide(callers[caller], rule, TARGET)).toBe(expected);
  });

  it('refuses an organization member when the target organization is unknown', () => {
    expect(decide(callers.MEMBER_OF_TARGET, 'ORGANIZATION_MEMBER', null)).toBe('FORBIDDEN');
    expect(decide(callers.MEMBER_WITHOUT_ORG, 'ORGANIZATION_MEMBER', undefined)).toBe('FORBIDDEN');
  });
});

describe('private fields', () => {
  it.each<[CallerName, boolean]>([
    ['ANONYMOUS', false],
    ['PARTNER', false],
    ['MEMBER_OF_TARGET', true],
    ['PLAIN_MEMBER_OF_TARGET', true],
    ['MEMBER_OF_OTHER', false],
    ['MEMBER_WITHOUT_ORG', false],
    ['ADMIN', true],
  ])('%s may see the target organization’s private fields: %s', (caller, expected) => {
    expect(maySeePrivateFieldsOf(callers[caller], TARGET)).toBe(expected);
  });
});

describe('OPERATION_ACCESS', () => {
  it('names exactly the root operations of schema.graphql', () => {
    const schema = buildSchema(typeDefs);
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    expect(Object.keys(OPERATION_ACCESS).sort()).toEqual(rootFields.sort());
  });

  it('lets no one but members of the organization and administrators write', () => {
    const mutations = Object.entries(OPERATION_ACCESS).filter(([operation]) => operation.startsWith('Mutation.'));
    for (const [operation, rule] of mutations) {
      expect([operation, ['SIGNED_IN', 'ORGANIZATION_MEMBER', 'ORGANIZATION_OWNER', 'ADMIN'].includes(rule)]).toEqual([operation, true]);
      expect([operation, decide(callers.PARTNER, rule, TARGET)]).toEqual([operation, 'FORBIDDEN']);
    }
  });
});
