import { describe, expect, it } from 'vitest';
import { afterIdentityReview, afterVerificationDecision, queuedAtOf } from '../../../functions/core/membership/verification-review.js';
import { anOrganization } from '../../support/organization-factory.js';

const NOW = new Date('2026-12-01T08:00:00.000Z');
const verified = anOrganization({ verification: 'VERIFIED', version: 3 });

describe('identity review', () => {
  it.each([
    ['name', { name: { en: 'Hanbit Energy (Test)' } }],
    ['country', { country: 'CN' as const }],
    ['website', { website: 'https://hanbit-energy.example' }],
  ])('sends a verified organization whose %s changed back to the queue, keeping the verified identity', (_field, change) => {
    const next = afterIdentityReview(verified, { ...verified, ...change }, NOW);
    expect(next).toMatchObject({
      verification: 'UNVERIFIED',
      queuedAt: NOW.toISOString(),
      previousVerified: { name: verified.name, country: 'KR', website: verified.website },
    });
  });

  it('keeps the badge when only other fields change', () => {
    expect(afterIdentityReview(verified, { ...verified, city: 'Changchun', keywords: ['SiC'] }, NOW).verification).toBe('VERIFIED');
  });

  it('leaves unverified and suspended organizations as they are', () => {
    const suspended = { ...verified, verification: 'SUSPENDED' as const };
    expect(afterIdentityReview(suspended, { ...suspended, name: { en: 'Other' } }, NOW).verification).toBe('SUSPENDED');
  });

  it('clears the kept identity and queue position when an administrator verifies, and keeps the note', () => {
    const queued = afterIdentityReview(verified, { ...verified, name: { en: 'Hanbit Energy (Test)' } }, NOW);
    const decided = afterVerificationDecision(queued, 'VERIFIED', 'Checked the new trade name.', NOW);
    expect(decided).toMatchObject({
      verification: 'VERIFIED',
      verificationNote: 'Checked the new trade name.',
      version: queued.version + 1,
    });
    expect(decided).not.toHaveProperty('previousVerified');
    expect(decided).not.toHaveProperty('queuedAt');
  });

  it('queues an organization that never changed identity by its registration time', () => {
    expect(queuedAtOf(anOrganization())).toBe(anOrganization().createdAt);
  });
});
