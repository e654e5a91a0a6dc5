import { describe, expect, it } from 'vitest';
import { matchIdentity, matchIdOf, parseMatchId } from '../../../functions/core/match/match-identity.js';

describe('match identity', () => {
  it('is the same whichever organization comes first', () => {
    expect(matchIdOf(matchIdentity('org-b', 'org-a'))).toBe(matchIdOf(matchIdentity('org-a', 'org-b')));
  });

  it('differs per collaboration, and from the collaboration-less match of the same pair', () => {
    const ids = new Set([
      matchIdOf(matchIdentity('org-a', 'org-b')),
      matchIdOf(matchIdentity('org-a', 'org-b', 'post-1')),
      matchIdOf(matchIdentity('org-a', 'org-b', 'post-2')),
    ]);
    expect(ids.size).toBe(3);
  });

  it('parses back into the identity it was made from', () => {
    const identity = matchIdentity('org-z', 'org-a', 'post-1');
    expect(parseMatchId(matchIdOf(identity))).toEqual({
      lowOrganizationId: 'org-a',
      highOrganizationId: 'org-z',
      collaborationId: 'post-1',
    });
  });

  it.each([
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['one organization only', Buffer.from('["org-a"]').toString('base64url')],
    ['the pair out of order', Buffer.from('["org-b","org-a"]').toString('base64url')],
    ['a non-string part', Buffer.from('["org-a",2]').toString('base64url')],
    ['an empty string', ''],
  ])('rejects an id that is %s', (_why, id) => {
    expect(parseMatchId(id)).toBeNull();
  });
});
