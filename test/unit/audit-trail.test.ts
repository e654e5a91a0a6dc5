import { describe, expect, it, vi } from 'vitest';
import { auditEventOf, auditTargetsOf } from '../../functions/app/audit-trail.js';
import { logAuditEvent } from '../../functions/api/audit-log.js';
import { logger } from '../../functions/api/logger.js';
import { ConflictError } from '../../functions/core/errors.js';
import { callersFor } from '../support/principals.js';

const callers = callersFor('org-kr-1', 'org-cn-1');
const AT = new Date('2026-11-26T09:30:00.000Z');

describe('the audit record of a mutation', () => {
  it('says who acted for which organization, what they did, when, and that it worked', () => {
    const event = auditEventOf({
      operation: 'Mutation.updateCollaboration',
      principal: callers.MEMBER_OF_TARGET,
      args: { input: { id: 'collab-1', title: { en: 'IGBT modules wanted' }, expectedVersion: 3 } },
      actingFor: 'org-kr-1',
      requestId: 'req-1',
      at: AT,
    });
    expect(event).toEqual({
      operation: 'Mutation.updateCollaboration',
      role: 'MEMBER',
      subject: 'member-of-target',
      actingFor: 'org-kr-1',
      targets: { id: 'collab-1' },
      outcome: 'ok',
      requestId: 'req-1',
      at: '2026-11-26T09:30:00.000Z',
    });
  });

  it('records the error code of a failed call, and the partner app that tried', () => {
    const event = auditEventOf({
      operation: 'Mutation.expressInterest',
      principal: callers.PARTNER,
      args: {},
      requestId: 'r',
      error: new ConflictError('stale'),
      at: AT,
    });
    expect(event).toMatchObject({ role: 'PARTNER', clientId: 'partner-app-1', outcome: 'error', errorCode: 'CONFLICT' });
    expect(event).not.toHaveProperty('subject');
  });

  it('calls an unexpected failure INTERNAL_SERVER_ERROR without its message', () => {
    const event = auditEventOf({
      operation: 'Mutation.x',
      principal: callers.ADMIN,
      args: {},
      requestId: 'r',
      error: new Error('secret detail'),
      at: AT,
    });
    expect(event.errorCode).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(event)).not.toContain('secret detail');
  });

  it('keeps identifiers only, never contact details or free text, and cuts hostile identifiers short', () => {
    const targets = auditTargetsOf({
      organizationId: 'org-1',
      input: {
        collaborationId: 'c-1',
        contact: { person: 'Kim Min-jun', email: 'kim@example.kr', phone: '+82 10 0000 0000' },
        message: 'We make IGBT modules',
        matchId: 'x'.repeat(1000),
        ids: ['a', 'b'],
        paid: 'not-an-id',
      },
    });
    expect(targets).toEqual({ organizationId: 'org-1', collaborationId: 'c-1', matchId: 'x'.repeat(64) });
  });

  it('goes to the API’s logger as one INFO line named "audit"', () => {
    const info = vi.spyOn(logger, 'info').mockImplementation(() => undefined);
    const event = auditEventOf({
      operation: 'Mutation.setVerification',
      principal: callers.ADMIN,
      args: { input: { organizationId: 'org-1' } },
      requestId: 'r',
      at: AT,
    });
    logAuditEvent(event);
    expect(info).toHaveBeenCalledWith('audit', { audit: event });
    info.mockRestore();
  });
});
