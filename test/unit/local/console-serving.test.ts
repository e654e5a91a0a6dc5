import { describe, expect, it } from 'vitest';
import { fileUnder } from '../../../functions/local/static-files.js';
import { parseSignInRequest } from '../../../functions/local/dev-sign-in.js';

describe('console files on the local server', () => {
  it('maps request paths into the console folder and refuses paths leaving it', () => {
    expect(fileUnder('/srv/dist', '/assets/index.js')).toBe('/srv/dist/assets/index.js');
    expect(fileUnder('/srv/dist', '/../secret.json')).toBeUndefined();
    expect(fileUnder('/srv/dist', '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(fileUnder('/srv/dist', '/%E0%A4%A')).toBeUndefined();
    expect(fileUnder('/srv/dist', '/../dist-other/x.js')).toBeUndefined();
  });
});

describe('development sign-in request', () => {
  it('accepts the dev-token roles, a member only with an organization id', () => {
    expect(parseSignInRequest({ role: 'admin' })).toEqual({ role: 'admin' });
    expect(parseSignInRequest({ role: 'member', organizationId: 'demo-org-kr-igbt-1' })).toEqual({
      role: 'member',
      argument: 'demo-org-kr-igbt-1',
    });
    expect(parseSignInRequest({ role: 'member' })).toHaveProperty('error');
    expect(parseSignInRequest({ role: 'root' })).toHaveProperty('error');
    expect(parseSignInRequest(null)).toHaveProperty('error');
  });

  it('gives a user the verified email asked for (lower-cased), so invitations to it can be accepted; none is a new anonymous user', () => {
    expect(parseSignInRequest({ role: 'user', email: ' Invitee@Example.COM ' })).toEqual({ role: 'user', argument: 'invitee@example.com' });
    expect(parseSignInRequest({ role: 'user', email: '' })).toEqual({ role: 'user' });
    expect(parseSignInRequest({ role: 'user' })).toEqual({ role: 'user' });
    expect(parseSignInRequest({ role: 'user', email: 'not an address' })).toHaveProperty('error');
    expect(parseSignInRequest({ role: 'user', email: 42 })).toHaveProperty('error');
  });
});
