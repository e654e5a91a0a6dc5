import { describe, expect, it } from 'vitest';
import { matchActingFor, mayReadMatch } from '../../../functions/core/access/match-rules.js';
import { matchIdentity } from '../../../functions/core/match/match-identity.js';
import { CALLER_NAMES, callersFor, type CallerName } from '../../support/principals.js';

// The target organization is the match's receiver; "other" is a third organization.
const callers = callersFor('org-b', 'org-c');
const record = { fromOrganizationId: 'org-a', toOrganizationId: 'org-b' };

describe('who may read a match and its notes', () => {
  const EXPECTED: Record<CallerName, boolean> = {
    ANONYMOUS: false,
    PARTNER: false,
    MEMBER_OF_TARGET: true,
    PLAIN_MEMBER_OF_TARGET: true,
    MEMBER_OF_OTHER: false,
    MEMBER_WITHOUT_ORG: false,
    ADMIN: true,
  };
  it.each(CALLER_NAMES)('%s', (caller) => {
    expect(mayReadMatch(callers[caller], record)).toBe(EXPECTED[caller]);
  });
});

describe('which organization a call on a match acts for', () => {
  it('is the member’s own organization when it is one of the pair', () => {
    expect(matchActingFor(callers.MEMBER_OF_TARGET, matchIdentity('org-a', 'org-b'))).toBe('org-b');
  });

  it('is none for a member of a third organization, a member without one, or an unreadable id', () => {
    expect(matchActingFor(callers.MEMBER_OF_OTHER, matchIdentity('org-a', 'org-b'))).toBeNull();
    expect(matchActingFor(callers.MEMBER_WITHOUT_ORG, matchIdentity('org-a', 'org-b'))).toBeNull();
    expect(matchActingFor(callers.MEMBER_OF_TARGET, null)).toBeNull();
  });
});
