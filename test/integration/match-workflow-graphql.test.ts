import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { errorCode, graphqlClient, type GraphQLClient } from '../support/graphql-client.js';
import { allItems } from '../support/table-contents.js';
import {
  ADMIN,
  aDriveMaker,
  anIgbtMaker,
  aPostingOf,
  EXPRESS,
  express,
  MATCH,
  memberOf,
  ok,
  RECORD_OUTCOME,
  RESPOND,
  WITHDRAW,
  type MatchView,
} from '../support/match-scenario.js';
import type { Principal } from '../../functions/core/access/principal.js';
import { matchIdentity, matchIdOf } from '../../functions/core/match/match-identity.js';

describe('the match workflow through GraphQL', () => {
  let table: TestTable;
  let client: GraphQLClient;

  beforeAll(async () => {
    table = await createTestTable('match-workflow');
    client = await graphqlClient(table.store);
  });

  afterAll(async () => {
    await client.stop();
    await table.drop();
  });

  /** A fresh pair with a PENDING match from the IGBT maker to the drive maker. */
  async function pendingPair() {
    const sender = await anIgbtMaker(table.store);
    const receiver = await aDriveMaker(table.store);
    const match = await express(client, sender.id, receiver.id);
    return { sender: sender.id, receiver: receiver.id, match };
  }

  const matchItems = async (matchId: string) => (await allItems(table)).filter((item) => item.entity === 'MATCH' && item.id === matchId);
  const respond = (as: Principal, matchId: string, extra: Record<string, unknown> = { response: 'ACCEPT' }) =>
    client.executeAs<{ respondToInterest: MatchView }>(as, RESPOND, { input: { matchId, ...extra } });
  const withdraw = (as: Principal, matchId: string) =>
    client.executeAs<{ withdrawInterest: MatchView }>(as, WITHDRAW, { input: { matchId } });
  const outcome = (as: Principal, matchId: string, value: string, agreementType?: string) =>
    client.executeAs<{ recordOutcome: MatchView }>(as, RECORD_OUTCOME, {
      input: { matchId, outcome: value, ...(agreementType ? { agreementType } : {}) },
    });

  describe('expressing interest', () => {
    it('creates a PENDING match with the sender’s note and a fit snapshot from the fit model', async () => {
      const sender = await anIgbtMaker(table.store);
      const receiver = await aDriveMaker(table.store);
      const match = await express(client, sender.id, receiver.id, { message: 'Our 1200 V IGBT modules suit your drives' });
      expect(match).toMatchObject({
        status: 'PENDING',
        version: 1,
        myRole: 'SENDER',
        fromOrganizationId: sender.id,
        toOrganizationId: receiver.id,
      });
      expect(match.messages).toEqual([
        { kind: 'INTEREST', fromOrganizationId: sender.id, text: 'Our 1200 V IGBT modules suit your drives' },
      ]);
      type Reason = { kind: string; seekerSegment: { id: string; name: string }; candidateSegment: { id: string } };
      const fit = await ok<{ fit: { score: number; seekerOrganizationId: string; components: { name: string }[]; reasons: Reason[] } }>(
        client,
        memberOf(receiver.id),
        `query($id: ID!) { match(id: $id) { fit { score seekerOrganizationId components { name } reasons { kind seekerSegment { id name } candidateSegment { id } } } } }`,
        { id: match.id },
      );
      expect(fit.fit.seekerOrganizationId).toBe(sender.id);
      expect(fit.fit.score).toBeGreaterThan(0);
      expect(fit.fit.components.map((c) => c.name)).toContain('reciprocalChainFit');
      expect(fit.fit.reasons).toContainEqual({
        kind: 'SEEKS_OFFERED',
        seekerSegment: { id: 'nev.electric-drive', name: expect.any(String) },
        candidateSegment: { id: 'nev.electric-drive' },
      });
    });

    it('changes nothing when the sender repeats it', async () => {
      const { sender, receiver, match } = await pendingPair();
      const again = await express(client, sender, receiver, { message: 'Did you see our note?' });
      expect(again).toMatchObject({ id: match.id, status: 'PENDING', version: 1 });
      expect(await matchItems(match.id)).toHaveLength(1);
    });

    it('makes the match MUTUAL when the other side had already expressed interest', async () => {
      const { sender, receiver, match } = await pendingPair();
      const mutual = await express(client, receiver, sender, { message: 'We were about to write to you' });
      expect(mutual).toMatchObject({ id: match.id, status: 'MUTUAL', version: 2, myRole: 'RECEIVER' });
      expect(mutual.messages.map((m) => [m.kind, m.fromOrganizationId])).toEqual([
        ['INTEREST', sender],
        ['ACCEPTANCE', receiver],
      ]);
    });

    it('writes exactly one record when 50 requests for one pair arrive at once', async () => {
      const sender = await anIgbtMaker(table.store);
      const receiver = await aDriveMaker(table.store);
      const results = await Promise.all(Array.from({ length: 50 }, () => express(client, sender.id, receiver.id)));
      expect(new Set(results.map((r) => r.id)).size).toBe(1);
      expect(results.every((r) => r.status === 'PENDING' && r.version === 1)).toBe(true);
      expect(await matchItems(results[0]!.id)).toHaveLength(1);
    });

    it('ends MUTUAL, in one record, when both sides express interest at the same moment', async () => {
      for (let round = 0; round < 3; round++) {
        const a = await anIgbtMaker(table.store);
        const b = await aDriveMaker(table.store);
        const [fromA, fromB] = await Promise.all([express(client, a.id, b.id), express(client, b.id, a.id)]);
        expect(fromA.id).toBe(fromB.id);
        expect(await table.store.matches.get(fromA.id)).toMatchObject({ status: 'MUTUAL', version: 2 });
        expect(await matchItems(fromA.id)).toHaveLength(1);
      }
    });

    it('keeps a match about a posting apart from the pair’s other match', async () => {
      const { sender, receiver, match } = await pendingPair();
      const posting = await aPostingOf(table.store, (await table.store.organizations.get(receiver))!);
      const aboutPosting = await express(client, sender, receiver, { collaborationId: posting.id });
      expect(aboutPosting.id).not.toBe(match.id);
      expect(aboutPosting.collaborationId).toBe(posting.id);
    });

    it('refuses a closed posting and one that belongs to neither organization, writing nothing', async () => {
      const sender = await anIgbtMaker(table.store);
      const receiver = await aDriveMaker(table.store);
      const stranger = await aDriveMaker(table.store);
      const closed = await aPostingOf(table.store, receiver, { status: 'CLOSED' });
      const foreign = await aPostingOf(table.store, stranger);
      for (const collaborationId of [closed.id, foreign.id]) {
        const result = await client.executeAs(memberOf(sender.id), EXPRESS, {
          input: { fromOrganizationId: sender.id, toOrganizationId: receiver.id, collaborationId, message: 'Hi' },
        });
        expect(errorCode(result)).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0]?.extensions?.field).toBe('input.collaborationId');
      }
      const items = await allItems(table);
      expect(items.filter((item) => item.entity === 'MATCH' && item.fromOrganizationId === sender.id)).toEqual([]);
    });

    it.each([
      ['interest in itself', (from: string, _to: string) => ({ toOrganizationId: from }), 'BAD_USER_INPUT'],
      ['an empty note', () => ({ message: '  ' }), 'BAD_USER_INPUT'],
      ['a note over 2000 characters', () => ({ message: 'x'.repeat(2001) }), 'BAD_USER_INPUT'],
      ['an unknown organization', () => ({ toOrganizationId: 'org-nobody' }), 'NOT_FOUND'],
      ['an unknown posting', () => ({ collaborationId: 'col-nothing' }), 'NOT_FOUND'],
    ])('refuses %s', async (_why, change, code) => {
      const sender = await anIgbtMaker(table.store);
      const receiver = await aDriveMaker(table.store);
      const input = { fromOrganizationId: sender.id, toOrganizationId: receiver.id, message: 'Hello', ...change(sender.id, receiver.id) };
      expect(errorCode(await client.executeAs(memberOf(sender.id), EXPRESS, { input }))).toBe(code);
    });

    it('treats a suspended organization as absent', async () => {
      const sender = await anIgbtMaker(table.store);
      const suspended = await aDriveMaker(table.store, { verification: 'SUSPENDED' });
      const input = { fromOrganizationId: sender.id, toOrganizationId: suspended.id, message: 'Hello' };
      expect(errorCode(await client.executeAs(memberOf(sender.id), EXPRESS, { input }))).toBe('NOT_FOUND');
    });

    it('lets a member express interest only for their own organization', async () => {
      const sender = await anIgbtMaker(table.store);
      const receiver = await aDriveMaker(table.store);
      const input = { fromOrganizationId: sender.id, toOrganizationId: receiver.id, message: 'Hello' };
      expect(errorCode(await client.executeAs(memberOf(receiver.id), EXPRESS, { input }))).toBe('FORBIDDEN');
      expect(errorCode(await client.executeAs({ role: 'ANONYMOUS' }, EXPRESS, { input }))).toBe('UNAUTHENTICATED');
    });
  });

  describe('responding', () => {
    it('lets the receiver accept: MUTUAL', async () => {
      const { receiver, match } = await pendingPair();
      const result = await respond(memberOf(receiver), match.id, { response: 'ACCEPT', message: 'Let us meet in Changchun' });
      expect(result.data?.respondToInterest).toMatchObject({ status: 'MUTUAL', version: 2 });
    });

    it('lets the receiver decline with a structured reason', async () => {
      const { receiver, match } = await pendingPair();
      const result = await respond(memberOf(receiver), match.id, {
        response: 'DECLINE',
        declineReason: 'NO_CAPACITY',
        message: 'Fully booked',
      });
      expect(result.data?.respondToInterest).toMatchObject({ status: 'DECLINED', declineReason: 'NO_CAPACITY', version: 2 });
    });

    it('requires a reason to decline, and writes nothing without one', async () => {
      const { receiver, match } = await pendingPair();
      const result = await respond(memberOf(receiver), match.id, { response: 'DECLINE' });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect((await table.store.matches.get(match.id))?.version).toBe(1);
    });

    it('does not let the sender respond to its own interest', async () => {
      const { sender, match } = await pendingPair();
      expect(errorCode(await respond(memberOf(sender), match.id))).toBe('FORBIDDEN');
    });

    it('does not let a third organization touch the match', async () => {
      const { match } = await pendingPair();
      const outsider = await anIgbtMaker(table.store);
      expect(errorCode(await respond(memberOf(outsider.id), match.id))).toBe('FORBIDDEN');
      expect(errorCode(await client.executeAs(memberOf(outsider.id), MATCH, { id: match.id }))).toBe('FORBIDDEN');
    });

    it('answers CONFLICT to a response to a match that is no longer PENDING', async () => {
      const { receiver, match } = await pendingPair();
      await respond(memberOf(receiver), match.id);
      expect(errorCode(await respond(memberOf(receiver), match.id, { response: 'DECLINE', declineReason: 'OTHER' }))).toBe('CONFLICT');
    });

    it('lets exactly one of two simultaneous responses win; the other gets CONFLICT', async () => {
      for (let round = 0; round < 5; round++) {
        const { receiver, match } = await pendingPair();
        const results = await Promise.all([
          respond(memberOf(receiver), match.id, { response: 'ACCEPT' }),
          respond(memberOf(receiver), match.id, { response: 'DECLINE', declineReason: 'NOT_RELEVANT' }),
        ]);
        expect(results.filter((r) => !r.errors).length).toBe(1);
        expect(results.map(errorCode).filter(Boolean)).toEqual(['CONFLICT']);
        const stored = await table.store.matches.get(match.id);
        const winner = results.find((r) => !r.errors)?.data?.respondToInterest;
        expect(stored).toMatchObject({ status: winner?.status, version: 2 });
      }
    });

    it('answers NOT_FOUND to a party for a match of its pair that was never created', async () => {
      const { sender, receiver } = await pendingPair();
      const neverCreated = matchIdOf(matchIdentity(sender, receiver, 'col-never-posted'));
      expect(errorCode(await respond(memberOf(receiver), neverCreated))).toBe('NOT_FOUND');
    });
  });

  describe('withdrawing', () => {
    it('lets the sender withdraw a PENDING match', async () => {
      const { sender, match } = await pendingPair();
      expect((await withdraw(memberOf(sender), match.id)).data?.withdrawInterest).toMatchObject({ status: 'WITHDRAWN', version: 2 });
    });

    it('does not let the receiver withdraw', async () => {
      const { receiver, match } = await pendingPair();
      expect(errorCode(await withdraw(memberOf(receiver), match.id))).toBe('FORBIDDEN');
    });

    it('answers CONFLICT once the match is MUTUAL, and to interest in a withdrawn match', async () => {
      const { sender, receiver, match } = await pendingPair();
      await respond(memberOf(receiver), match.id);
      expect(errorCode(await withdraw(memberOf(sender), match.id))).toBe('CONFLICT');

      const other = await pendingPair();
      await withdraw(memberOf(other.sender), other.match.id);
      const input = { fromOrganizationId: other.sender, toOrganizationId: other.receiver, message: 'Again' };
      expect(errorCode(await client.executeAs(memberOf(other.sender), EXPRESS, { input }))).toBe('CONFLICT');
    });
  });

  describe('recording outcomes', () => {
    it('answers CONFLICT before the match is MUTUAL', async () => {
      const { sender, match } = await pendingPair();
      expect(errorCode(await outcome(memberOf(sender), match.id, 'MEETING_HELD'))).toBe('CONFLICT');
    });

    it('lets either party and administrators record a meeting, then a signed agreement, which is final', async () => {
      const { sender, receiver, match } = await pendingPair();
      await respond(memberOf(receiver), match.id);
      expect((await outcome(memberOf(receiver), match.id, 'MEETING_HELD')).data?.recordOutcome).toMatchObject({
        outcome: 'MEETING_HELD',
        version: 3,
      });
      expect(errorCode(await outcome(memberOf(sender), match.id, 'AGREEMENT_SIGNED'))).toBe('BAD_USER_INPUT');
      const signed = await outcome(ADMIN, match.id, 'AGREEMENT_SIGNED', 'TECHNICAL_COOPERATION');
      expect(signed.data?.recordOutcome).toMatchObject({
        status: 'MUTUAL',
        outcome: 'AGREEMENT_SIGNED',
        agreementType: 'TECHNICAL_COOPERATION',
        version: 4,
      });
      expect(errorCode(await outcome(memberOf(sender), match.id, 'NO_DEAL'))).toBe('CONFLICT');
    });

    it('does not let administrators respond or withdraw for an organization', async () => {
      const { match } = await pendingPair();
      expect(errorCode(await respond(ADMIN, match.id))).toBe('FORBIDDEN');
      expect(errorCode(await withdraw(ADMIN, match.id))).toBe('FORBIDDEN');
    });
  });
});
