import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { anIgbtMaker } from '../support/match-scenario.js';
import { allItems } from '../support/table-contents.js';
import { personIn, personWithout } from '../support/principals.js';
import { createAppRequest } from '../../functions/app/app-request.js';
import { acceptInvitation, inviteMember, myInvitations } from '../../functions/app/invitations.js';
import type { Principal } from '../../functions/core/access/principal.js';
import { ConflictError } from '../../functions/core/errors.js';

/**
 * Invitations expire after 14 days, judged at read time against the
 * request's clock (TTL removes the item only eventually). The use cases run
 * on a request value whose clock the test sets, against DynamoDB Local.
 */
describe('invitation expiry', () => {
  let table: TestTable;
  const MADE = new Date('2026-12-01T09:00:00.000Z');
  const daysLater = (days: number) => new Date(MADE.getTime() + days * 24 * 60 * 60 * 1000);
  const requestAs = (principal: Principal, now: Date) => createAppRequest({ store: table.store, principal, now, locale: 'en' });

  beforeAll(async () => {
    table = await createTestTable('invitation-expiry');
  });

  afterAll(async () => {
    await table.drop();
  });

  it('hides an invitation older than 14 days and refuses to accept it, saying whom to ask', async () => {
    const org = await anIgbtMaker(table.store);
    const invitation = await inviteMember(requestAs(personIn('expiry-owner', org.id), MADE), {
      organizationId: org.id,
      email: 'late@example.org',
      role: 'MEMBER',
    });
    const invitee = personWithout('late', 'late@example.org');
    expect((await myInvitations(requestAs(invitee, daysLater(13)))).map((found) => found.id)).toEqual([invitation.id]);
    expect(await myInvitations(requestAs(invitee, daysLater(14)))).toEqual([]);
    const late = acceptInvitation(requestAs(invitee, daysLater(15)), invitation.id);
    await expect(late).rejects.toThrow(ConflictError);
    await expect(late).rejects.toThrow(/expired .*ask the organization's owner to invite you again/);
    expect(await table.store.memberships.member(org.id, 'late')).toBeNull();
  });

  it('stores the invitation with a TTL at its expiry, so DynamoDB removes it eventually', async () => {
    const org = await anIgbtMaker(table.store);
    const invitation = await inviteMember(requestAs(personIn('ttl-owner', org.id), MADE), {
      organizationId: org.id,
      email: 'ttl@example.org',
      role: 'OWNER',
    });
    const stored = (await allItems(table)).filter((item) => item.entity === 'INVITATION' && item.id === invitation.id);
    expect(stored).toEqual([expect.objectContaining({ expiresAt: daysLater(14).toISOString(), ttl: daysLater(14).getTime() / 1000 })]);
  });
});
