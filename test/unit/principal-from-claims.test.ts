import { describe, expect, it } from 'vitest';
import { listClaim, principalFromClaims, type Principal } from '../../functions/core/access/principal.js';
import { DevIssuer, type DevRole } from '../../functions/local/dev-issuer.js';

/**
 * The same claims reach principalFromClaims from two sources: API Gateway's
 * JWT authorizer (every claim a string, arrays rendered "[a b]") and the local
 * dev issuer's verified JWT payload (real arrays). Both must give one role.
 */
interface Case {
  name: string;
  claims: Record<string, unknown> | undefined | null;
  expected: Principal | Principal['role'];
}

const cognitoShaped: Case[] = [
  { name: 'no authorizer at all', claims: undefined, expected: { role: 'ANONYMOUS' } },
  { name: 'empty claims', claims: {}, expected: { role: 'ANONYMOUS' } },
  {
    name: 'an id token in the zone-admin group ("[zone-admin]")',
    claims: { sub: 'a-1', token_use: 'id', 'cognito:username': 'officer', 'cognito:groups': '[zone-admin]' },
    expected: { role: 'ADMIN', subject: 'a-1' },
  },
  {
    name: 'an administrator in several groups ("[editors zone-admin]")',
    claims: { sub: 'a-2', token_use: 'id', 'cognito:username': 'officer', 'cognito:groups': '[editors zone-admin]' },
    expected: { role: 'ADMIN', subject: 'a-2' },
  },
  {
    name: 'an access token of an administrator (username, no token_use id)',
    claims: { sub: 'a-3', token_use: 'access', username: 'officer', 'cognito:groups': '[zone-admin]', client_id: 'web' },
    expected: { role: 'ADMIN', subject: 'a-3' },
  },
  {
    name: 'a person with a verified email (lower-cased), memberships left to the table',
    claims: { sub: 'm-1', token_use: 'id', 'cognito:username': 'kim', email: 'Kim@Arum.example', email_verified: 'true' },
    expected: { role: 'MEMBER', subject: 'm-1', email: 'kim@arum.example', memberships: [] },
  },
  {
    name: 'a person whose email is not verified (no email: invitations need a verified one)',
    claims: { sub: 'm-2', token_use: 'id', 'cognito:username': 'li', email: 'li@example.org', email_verified: 'false' },
    expected: { role: 'MEMBER', subject: 'm-2', memberships: [] },
  },
  {
    name: 'a person with the legacy organization attribute, which grants nothing',
    claims: { sub: 'm-3', token_use: 'id', 'cognito:username': 'li', 'custom:organizationId': 'org-kr-1' },
    expected: { role: 'MEMBER', subject: 'm-3', memberships: [] },
  },
  {
    name: 'a group that merely contains the admin name ("[zone-admins]")',
    claims: { sub: 'm-4', token_use: 'id', 'cognito:username': 'x', 'cognito:groups': '[zone-admins]' },
    expected: { role: 'MEMBER', subject: 'm-4', memberships: [] },
  },
  {
    name: 'a client-credentials token with the partner scope',
    claims: { sub: 'app-1', token_use: 'access', client_id: 'app-1', scope: 'chainfit/partner.read' },
    expected: { role: 'PARTNER', clientId: 'app-1', scopes: ['chainfit/partner.read'] },
  },
  {
    name: 'a client-credentials token with several scopes',
    claims: { sub: 'app-2', token_use: 'access', client_id: 'app-2', scope: 'openid chainfit/partner.read' },
    expected: { role: 'PARTNER', clientId: 'app-2', scopes: ['openid', 'chainfit/partner.read'] },
  },
  {
    name: 'a client-credentials token without the partner scope',
    claims: { sub: 'app-3', token_use: 'access', client_id: 'app-3', scope: 'other/read' },
    expected: { role: 'ANONYMOUS' },
  },
  {
    name: 'a group claim without a subject',
    claims: { 'cognito:groups': '[zone-admin]' },
    expected: { role: 'ANONYMOUS' },
  },
  {
    name: 'an access token naming a user but no subject',
    claims: { token_use: 'access', username: 'kim' },
    expected: { role: 'ANONYMOUS' },
  },
];

const devIssuerShaped: Case[] = [
  {
    name: 'a dev-issuer admin payload (groups as an array)',
    claims: {
      sub: 'dev-admin-1',
      token_use: 'id',
      'cognito:username': 'dev-admin',
      'cognito:groups': ['zone-admin'],
      iss: 'chainfit-dev-issuer',
      exp: 1,
    },
    expected: { role: 'ADMIN', subject: 'dev-admin-1' },
  },
  {
    name: 'a dev-issuer user payload (email_verified as a boolean)',
    claims: { sub: 'dev-user-1', token_use: 'id', 'cognito:username': 'kim@arum.example', email: 'kim@arum.example', email_verified: true },
    expected: { role: 'MEMBER', subject: 'dev-user-1', email: 'kim@arum.example', memberships: [] },
  },
  {
    name: 'a payload with groups as an array that lacks the admin group',
    claims: { sub: 'u-9', token_use: 'id', 'cognito:username': 'u', 'cognito:groups': ['editors'] },
    expected: { role: 'MEMBER', subject: 'u-9', memberships: [] },
  },
  {
    name: 'a payload with the scope as an array',
    claims: { sub: 'app-4', client_id: 'app-4', scope: ['chainfit/partner.read'] },
    expected: { role: 'PARTNER', clientId: 'app-4', scopes: ['chainfit/partner.read'] },
  },
];

describe('principalFromClaims', () => {
  it.each([...cognitoShaped, ...devIssuerShaped])('maps $name', ({ claims, expected }) => {
    expect(principalFromClaims(claims)).toEqual(expected);
  });

  it.each<[DevRole, Principal['role'], string | undefined]>([
    ['admin', 'ADMIN', undefined],
    ['member', 'MEMBER', 'org-kr-7'],
    ['user', 'MEMBER', undefined],
    ['partner', 'PARTNER', undefined],
  ])('gives a dev %s token the role %s, as Cognito claims of the same user would', (devRole, role, argument) => {
    const payload = DevIssuer.claimsFor(devRole, argument);
    const principal = principalFromClaims(payload);
    expect(principal.role).toBe(role);
    // No token grants a membership, a dev member token neither: the table does (locally, the dev server writes it).
    if (principal.role === 'MEMBER') expect(principal.memberships).toEqual([]);

    // The same payload as API Gateway's authorizer forwards it: every value a string, arrays as "[a b]".
    const forwarded = Object.fromEntries(
      Object.entries(payload).map(([name, value]) => [name, Array.isArray(value) ? `[${value.join(' ')}]` : String(value)]),
    );
    expect(principalFromClaims(forwarded)).toEqual(principal);
  });
});

describe('listClaim', () => {
  it.each<[unknown, string[]]>([
    [
      ['a', 'b'],
      ['a', 'b'],
    ],
    ['[a b]', ['a', 'b']],
    ['["a","b"]', ['a', 'b']],
    ['a b', ['a', 'b']],
    ['a,b', ['a', 'b']],
    ['[]', []],
    ['', []],
    [undefined, []],
    [42, []],
  ])('reads %j as %j', (value, expected) => {
    expect(listClaim(value)).toEqual(expected);
  });
});
