import { describe, expect, it } from 'vitest';
import { refusalMessage } from '../../../functions/core/access/refusal.js';
import { tokenRejectionOf } from '../../../functions/local/token-rejection.js';
import { callersFor } from '../../support/principals.js';

const callers = callersFor('demo-org-kr-igbt-1', 'org-other');

describe('refusals say what to do', () => {
  it('tells a non-member whom to ask', () => {
    expect(
      refusalMessage(callers.MEMBER_OF_OTHER, {
        fieldName: 'updateOrganization',
        rule: 'ORGANIZATION_MEMBER',
        actingFor: 'demo-org-kr-igbt-1',
        mutation: true,
      }),
    ).toBe('You are not a member of demo-org-kr-igbt-1; ask its owner for an invitation, or ask to join with requestToJoin');
  });

  it('tells a plain member that owners manage members', () => {
    expect(
      refusalMessage(callers.PLAIN_MEMBER_OF_TARGET, {
        fieldName: 'removeMember',
        rule: 'ORGANIZATION_OWNER',
        actingFor: 'demo-org-kr-igbt-1',
        mutation: true,
      }),
    ).toContain('Only owners of demo-org-kr-igbt-1 may call removeMember');
  });

  it('tells partner apps they are read-only', () => {
    expect(
      refusalMessage(callers.PARTNER, { fieldName: 'postCollaboration', rule: 'ORGANIZATION_MEMBER', actingFor: 'x', mutation: true }),
    ).toMatch(/^Partner apps are read-only/);
  });

  it('names administrators for administrators-only operations', () => {
    expect(refusalMessage(callers.MEMBER_OF_TARGET, { fieldName: 'verificationQueue', rule: 'ADMIN', mutation: false })).toBe(
      'Only zone administrators may call verificationQueue',
    );
  });
});

describe('a refused bearer token', () => {
  it('is "token expired" when the token expired, in RFC 6750 form', () => {
    expect(tokenRejectionOf(Object.assign(new Error('"exp" claim timestamp check failed'), { code: 'ERR_JWT_EXPIRED' }))).toEqual({
      reason: 'token expired',
      challenge: 'Bearer error="invalid_token", error_description="token expired"',
    });
  });

  it('is "token invalid" for anything else', () => {
    expect(
      tokenRejectionOf(Object.assign(new Error('signature verification failed'), { code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED' })).reason,
    ).toBe('token invalid');
  });
});
