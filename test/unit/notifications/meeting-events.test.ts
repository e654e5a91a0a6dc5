import { describe, expect, it } from 'vitest';
import { placedAt, released, type MeetingPlacement, type MeetingRequest } from '../../../functions/core/events/meeting-request.js';
import { domainEventsOf } from '../../../functions/core/notifications/domain-events.js';
import { meetingEventsOf } from '../../../functions/core/notifications/meeting-events.js';

const asked: MeetingRequest = {
  id: 'meeting-1',
  eventId: 'expo-2026',
  fromOrganizationId: 'org-kr',
  toOrganizationId: 'org-cn',
  message: 'Shall we talk about IGBT modules?',
  status: 'REQUESTED',
  fit: 0.8,
  requestedBy: 'person-kr',
  requestedAt: '2026-07-01T00:00:00.000Z',
  autoAccepted: false,
  updatedAt: '2026-07-01T00:00:00.000Z',
  version: 1,
};
const accepted: MeetingRequest = { ...asked, status: 'ACCEPTED', respondedAt: '2026-07-02T00:00:00.000Z', version: 2 };
const at = (slotId: string, table: string, bookedByHand = false): MeetingPlacement => ({ slotId, table, bookedByHand });
const scheduled = placedAt(accepted, at('2026-08-27T09:00', 'T01'), new Date('2026-07-03T00:00:00.000Z'));
const later = new Date('2026-07-04T00:00:00.000Z');

/** [kind, recipient, about, slot, table] of each event. */
const summary = (before: MeetingRequest | undefined, after: MeetingRequest | undefined) =>
  meetingEventsOf(before, after).map((event) => [
    event.kind,
    event.recipient.organizationId,
    event.relatedOrganizationId,
    event.meetingSlotId,
    event.meetingTable,
  ]);

describe('domain events of a meeting request change', () => {
  it('tells the requested participant of a new request, about the requester, event and meeting', () => {
    expect(summary(undefined, asked)).toEqual([['MEETING_REQUESTED', 'org-cn', 'org-kr', undefined, undefined]]);
    expect(meetingEventsOf(undefined, asked)[0]).toMatchObject({
      eventId: 'expo-2026',
      meetingId: 'meeting-1',
      occurredAt: asked.updatedAt,
    });
  });

  it('tells both participants of a request accepted automatically (MUTUAL match, both opted in)', () => {
    const automatic = { ...accepted, autoAccepted: true, version: 1 };
    expect(summary(undefined, automatic).map(([kind, to]) => [kind, to])).toEqual([
      ['MEETING_AUTO_ACCEPTED', 'org-kr'],
      ['MEETING_AUTO_ACCEPTED', 'org-cn'],
    ]);
  });

  it('tells the requester of an acceptance, and of a decline with its reason', () => {
    expect(summary(asked, accepted)).toEqual([['MEETING_ACCEPTED', 'org-kr', 'org-cn', undefined, undefined]]);
    const declined: MeetingRequest = { ...asked, status: 'DECLINED', declineReason: 'NO_CAPACITY', version: 2 };
    expect(meetingEventsOf(asked, declined)).toEqual([
      expect.objectContaining({ kind: 'MEETING_DECLINED', recipient: { organizationId: 'org-kr' }, declineReason: 'NO_CAPACITY' }),
    ]);
  });

  it('tells only the other participant of a cancellation, and both when the item does not say who cancelled', () => {
    const byRequester = { ...released(scheduled, later, false), status: 'CANCELLED' as const, cancelledBy: 'org-kr' };
    expect(summary(scheduled, byRequester)).toEqual([['MEETING_CANCELLED', 'org-cn', 'org-kr', undefined, undefined]]);
    const unknown = { ...asked, status: 'CANCELLED' as const, version: 2 };
    expect(summary(asked, unknown).map(([kind, to]) => [kind, to])).toEqual([
      ['MEETING_CANCELLED', 'org-kr'],
      ['MEETING_CANCELLED', 'org-cn'],
    ]);
  });

  it('tells both participants where a meeting is scheduled, with its slot and table', () => {
    expect(summary(accepted, scheduled)).toEqual([
      ['MEETING_SCHEDULED', 'org-kr', 'org-cn', '2026-08-27T09:00', 'T01'],
      ['MEETING_SCHEDULED', 'org-cn', 'org-kr', '2026-08-27T09:00', 'T01'],
    ]);
    expect(meetingEventsOf(accepted, scheduled).every((event) => event.occurredAt === '2026-07-03T00:00:00.000Z')).toBe(true);
  });

  it('tells both of a move to another slot or table made in one write (a booking by hand)', () => {
    const otherTable = placedAt(scheduled, at('2026-08-27T09:00', 'T02', true), later);
    expect(summary(scheduled, otherTable).map(([kind, , , slot, table]) => [kind, slot, table])).toEqual([
      ['MEETING_MOVED', '2026-08-27T09:00', 'T02'],
      ['MEETING_MOVED', '2026-08-27T09:00', 'T02'],
    ]);
  });

  it('tells each participant once of a scheduler move: nothing at the release, the move at the booking', () => {
    const leaving = released(scheduled, later, true);
    expect(leaving.movingFrom).toEqual({ slotId: '2026-08-27T09:00', table: 'T01' });
    expect(meetingEventsOf(scheduled, leaving)).toEqual([]);
    const arrived = placedAt(leaving, at('2026-08-27T10:00', 'T01'), later);
    expect(arrived.movingFrom).toBeUndefined();
    expect(summary(leaving, arrived).map(([kind, to, , slot]) => [kind, to, slot])).toEqual([
      ['MEETING_MOVED', 'org-kr', '2026-08-27T10:00'],
      ['MEETING_MOVED', 'org-cn', '2026-08-27T10:00'],
    ]);
  });

  it('tells nothing when a released meeting is booked back into the place it left', () => {
    const leaving = released(scheduled, later, true);
    expect(meetingEventsOf(leaving, placedAt(leaving, at('2026-08-27T09:00', 'T01'), later))).toEqual([]);
  });

  it('tells both that a meeting lost its place, with the place it had: unscheduled, or a move whose booking lost', () => {
    expect(summary(scheduled, released(scheduled, later, false))).toEqual([
      ['MEETING_UNSCHEDULED', 'org-kr', 'org-cn', '2026-08-27T09:00', 'T01'],
      ['MEETING_UNSCHEDULED', 'org-cn', 'org-kr', '2026-08-27T09:00', 'T01'],
    ]);
    const leaving = released(scheduled, later, true);
    expect(summary(leaving, released(leaving, later, false)).map(([kind, , , slot]) => [kind, slot])).toEqual([
      ['MEETING_UNSCHEDULED', '2026-08-27T09:00'],
      ['MEETING_UNSCHEDULED', '2026-08-27T09:00'],
    ]);
  });

  it('tells nothing of a change the participants do not see: held, hand-booking flag, version, a deletion', () => {
    const held = { ...scheduled, heldAt: '2026-08-27T09:20:00.000Z', version: scheduled.version + 1 };
    expect(meetingEventsOf(scheduled, held)).toEqual([]);
    expect(meetingEventsOf(scheduled, { ...scheduled, placement: at('2026-08-27T09:00', 'T01', true) })).toEqual([]);
    expect(meetingEventsOf(asked, { ...asked, version: 2 })).toEqual([]);
    expect(meetingEventsOf(scheduled, undefined)).toEqual([]);
    expect(meetingEventsOf(undefined, { ...asked, status: 'DECLINED' })).toEqual([]);
  });

  it('is what domainEventsOf gives for an EVENT_MEETING change', () => {
    expect(domainEventsOf({ entity: 'EVENT_MEETING', before: accepted, after: scheduled })).toEqual(meetingEventsOf(accepted, scheduled));
  });

  it('dates an item written before updatedAt was recorded by its answer, else its request', () => {
    const { updatedAt: _none, ...old } = accepted;
    expect(meetingEventsOf(asked, old)[0]?.occurredAt).toBe(accepted.respondedAt);
  });
});
