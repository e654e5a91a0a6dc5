import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import { createTestTable, type TestTable } from '../support/test-table.js';
import { anEventDraft } from '../support/event-generator.js';
import { OPEN_WINDOW } from '../support/event-scenario.js';
import { ADMIN, aDriveMaker, anIgbtMaker, memberOf } from '../support/match-scenario.js';
import { storeMembershipsOf } from '../support/memberships.js';
import { notificationPipeline, type NotificationPipeline } from '../support/notification-pipeline.js';
import { personIn } from '../support/principals.js';
import { startSmtpInbox, type SmtpInbox } from '../support/smtp-inbox.js';
import { createAppRequest, type AppRequest } from '../../functions/app/app-request.js';
import { createEvent } from '../../functions/app/events.js';
import { registerForEvent } from '../../functions/app/event-participation.js';
import { bookMeetingSlot, scheduleEvent } from '../../functions/app/event-scheduling.js';
import { cancelMeeting, recordMeetingHeld, requestMeeting, respondToMeetingRequest } from '../../functions/app/meeting-requests.js';
import { updateNotificationPreferences } from '../../functions/app/notification-preferences.js';
import type { Principal } from '../../functions/core/access/principal.js';
import type { MatchmakingEvent } from '../../functions/core/events/event-definition.js';
import type { MeetingRequest } from '../../functions/core/events/meeting-request.js';
import type { Notification } from '../../functions/core/notifications/notification.js';
import type { Organization } from '../../functions/core/organization.js';
import type { StreamEventRecord } from '../../functions/store/local-stream-reader.js';

const MORNING = [{ date: '2026-08-27', from: '09:00', to: '12:00' }];
const AFTERNOON = [{ date: '2026-08-27', from: '13:00', to: '17:00' }];

/** The EVENT_MEETING records among delivered stream records. */
const meetingRecords = (records: readonly StreamEventRecord[]) =>
  records.filter((record) => (record.dynamodb.NewImage?.entity as { S?: string } | undefined)?.S === 'EVENT_MEETING');

describe('meeting notifications through the stream worker, with mail over real SMTP', () => {
  let table: TestTable;
  let inbox: SmtpInbox;
  let pipeline: NotificationPipeline;
  let event: MatchmakingEvent;
  let kr: Organization;
  let cn: Organization;
  let colleague: Principal;
  let colleagueSubject: string;
  let meeting: MeetingRequest;
  const as = (principal: Principal): AppRequest => createAppRequest({ store: table.store, principal, now: new Date(), locale: 'en' });
  const register = (org: Organization, availability: typeof MORNING) =>
    registerForEvent(as(memberOf(org.id)), {
      eventId: event.id,
      organizationId: org.id,
      attendees: [{ name: `Delegate of ${org.id}` }],
      availability,
      meetingsWanted: 3,
      autoAcceptMutualMatches: false,
    });
  /** A person's notifications, newest first. */
  const inboxOf = async (subject: string): Promise<Notification[]> =>
    (await table.store.notifications.list({ subject, unreadOnly: false, first: 50 })).edges.map((edge) => edge.node);
  const ownerOf = (org: Organization) => `member-of-${org.id}`;
  const mailsOf = (subject: string): ParsedMail[] => inbox.to(`${subject}@example.org`);
  const placeOf = async (): Promise<{ slotId: string | undefined; table: string | undefined }> => {
    const stored = await table.store.events.meeting(event.id, meeting.id);
    return { slotId: stored?.placement?.slotId, table: stored?.placement?.table };
  };

  beforeAll(async () => {
    table = await createTestTable('meeting-notifications', { stream: true });
    inbox = await startSmtpInbox();
    pipeline = await notificationPipeline(table, table.store, inbox.mailDelivery());
    event = await createEvent(as(ADMIN), anEventDraft(OPEN_WINDOW, { days: 1, tables: 2 }));
    kr = await anIgbtMaker(table.store);
    cn = await aDriveMaker(table.store);
    colleagueSubject = `colleague-at-${cn.id}`;
    colleague = personIn(colleagueSubject, cn.id, 'MEMBER');
    for (const principal of [memberOf(kr.id), memberOf(cn.id), colleague]) await storeMembershipsOf(table.store, principal);
    await register(kr, [...MORNING, ...AFTERNOON]);
    await register(cn, [...MORNING, ...AFTERNOON]);
    await pipeline.deliverPending();
  });

  afterAll(async () => {
    pipeline.close();
    await inbox.close();
    await table.drop();
  });

  it('tells every member of the requested participant of a request, in-app and by mail in their language; the requester hears nothing', async () => {
    meeting = await requestMeeting(as(memberOf(kr.id)), {
      eventId: event.id,
      fromOrganizationId: kr.id,
      toOrganizationId: cn.id,
      message: 'Shall we discuss IGBT modules for your drives?',
    });
    await pipeline.deliverPending();

    for (const subject of [ownerOf(cn), colleagueSubject]) {
      expect(await inboxOf(subject)).toEqual([
        expect.objectContaining({
          kind: 'MEETING_REQUESTED',
          recipientOrganizationId: cn.id,
          relatedOrganizationId: kr.id,
          eventId: event.id,
          meetingId: meeting.id,
          eventName: event.name,
        }),
      ]);
      expect(mailsOf(subject)).toHaveLength(1);
    }
    // The drive maker reads Chinese first.
    expect(mailsOf(ownerOf(cn))[0]?.text).toContain('请求在东北亚博览会对接洽谈与您洽谈');
    expect(await inboxOf(ownerOf(kr))).toEqual([]);
    expect(mailsOf(ownerOf(kr))).toEqual([]);
  });

  it('tells the requester of the acceptance, and the participant who accepted nothing', async () => {
    await respondToMeetingRequest(as(memberOf(cn.id)), { eventId: event.id, meetingId: meeting.id, response: 'ACCEPT' });
    await pipeline.deliverPending();

    expect((await inboxOf(ownerOf(kr))).map((n) => [n.kind, n.relatedOrganizationId])).toEqual([['MEETING_ACCEPTED', cn.id]]);
    expect(mailsOf(ownerOf(kr))[0]?.text).toContain('accepted your meeting request at Northeast Asia Expo B2B meetings');
    expect(await inboxOf(ownerOf(cn))).toHaveLength(1);
  });

  it('tells both participants where the scheduler placed the meeting, once even when the records come twice', async () => {
    await scheduleEvent(as(ADMIN), event.id);
    const records = await pipeline.deliverPending();
    await pipeline.redeliver(records);
    const place = await placeOf();
    expect(place.slotId).toMatch(/^2026-08-27T/);

    for (const org of [kr, cn]) {
      const [newest, ...older] = await inboxOf(ownerOf(org));
      expect(newest).toMatchObject({ kind: 'MEETING_SCHEDULED', meetingSlotId: place.slotId, meetingTable: place.table });
      expect(older.map((n) => n.kind)).not.toContain('MEETING_SCHEDULED');
    }
    const [, scheduledMail] = mailsOf(ownerOf(kr));
    expect(mailsOf(ownerOf(kr))).toHaveLength(2);
    expect(scheduledMail?.text).toContain(`is scheduled: ${place.slotId?.replace('T', ' ')}, table ${place.table}`);
    expect(mailsOf(ownerOf(cn))).toHaveLength(2);
  });

  it('tells each participant once of a rerun that moves the meeting (release and booking are two writes)', async () => {
    const before = await placeOf();
    await register(cn, AFTERNOON);
    const report = await scheduleEvent(as(ADMIN), event.id);
    expect(report.moved).toBe(1);
    const records = await pipeline.deliverPending();
    expect(meetingRecords(records)).toHaveLength(2);
    const after = await placeOf();
    expect(after.slotId).not.toBe(before.slotId);

    for (const org of [kr, cn]) {
      const kinds = (await inboxOf(ownerOf(org))).map((n) => n.kind);
      expect(kinds.filter((kind) => kind === 'MEETING_MOVED')).toHaveLength(1);
      expect(kinds).not.toContain('MEETING_UNSCHEDULED');
      expect((await inboxOf(ownerOf(org)))[0]).toMatchObject({
        kind: 'MEETING_MOVED',
        meetingSlotId: after.slotId,
        meetingTable: after.table,
      });
      expect(mailsOf(ownerOf(org))).toHaveLength(3);
    }
    expect(mailsOf(ownerOf(cn))[2]?.text).toContain(`已改至：${after.slotId?.replace('T', ' ')}，${after.table} 号桌`);
  });

  it('tells nothing, and mails nothing, when a rerun moves nothing or a meeting is recorded as held', async () => {
    const counts = async () => Promise.all([kr, cn].map(async (org) => (await inboxOf(ownerOf(org))).length));
    const before = await counts();
    const mailsBefore = inbox.mails.length;
    const report = await scheduleEvent(as(ADMIN), event.id);
    expect([report.moved, report.placed]).toEqual([0, 0]);
    await recordMeetingHeld(as(memberOf(kr.id)), event.id, meeting.id, kr.id);
    const records = await pipeline.deliverPending();

    expect(meetingRecords(records)).toHaveLength(1);
    expect(await counts()).toEqual(before);
    expect(inbox.mails.length).toBe(mailsBefore);
  });

  it('tells both of a move booked by hand, and only the other participant of a cancellation, unmailed when muted', async () => {
    const place = await placeOf();
    const otherTable = event.tables.find((name) => name !== place.table);
    await bookMeetingSlot(as(memberOf(kr.id)), {
      eventId: event.id,
      meetingId: meeting.id,
      slotId: place.slotId ?? '',
      ...(otherTable ? { table: otherTable } : {}),
      organizationId: kr.id,
    });
    await pipeline.deliverPending();
    for (const org of [kr, cn]) expect((await inboxOf(ownerOf(org)))[0]).toMatchObject({ kind: 'MEETING_MOVED', meetingTable: otherTable });

    await updateNotificationPreferences(as(memberOf(cn.id)), { mutedKinds: ['MEETING_CANCELLED'] });
    const mailsBefore = mailsOf(ownerOf(cn)).length;
    await cancelMeeting(as(memberOf(kr.id)), event.id, meeting.id, kr.id);
    await pipeline.deliverPending();

    expect((await inboxOf(ownerOf(cn)))[0]).toMatchObject({ kind: 'MEETING_CANCELLED', relatedOrganizationId: kr.id });
    expect(mailsOf(ownerOf(cn))).toHaveLength(mailsBefore);
    expect((await inboxOf(ownerOf(kr)))[0]?.kind).toBe('MEETING_MOVED');
    // The colleague did not mute it: they are mailed.
    expect(mailsOf(colleagueSubject).at(-1)?.text).toContain('取消了在东北亚博览会对接洽谈与您的洽谈');
  });
});
