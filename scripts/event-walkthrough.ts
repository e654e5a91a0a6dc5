/**
 * `npm run event:walkthrough`: a matchmaking event from definition to
 * agenda, through the same use cases the API calls, on an in-memory DynamoDB
 * Local with the demo data set. An administrator defines a one-day exchange
 * day; a Korean IGBT maker and two Chinese partners register; suggested
 * meetings come from the fit model; requests are asked and accepted; the
 * administrator schedules; the IGBT maker's agenda is printed in Korean and
 * written as an iCalendar file to .local/event-agenda.ics.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createAppRequest } from '../functions/app/app-request.js';
import { agendaCalendar } from '../functions/app/event-agenda-calendar.js';
import { agendaOf } from '../functions/app/event-agenda.js';
import { registerForEvent } from '../functions/app/event-participation.js';
import { scheduleEvent } from '../functions/app/event-scheduling.js';
import { suggestedMeetings } from '../functions/app/event-suggestions.js';
import { createEvent } from '../functions/app/events.js';
import { requestMeeting, respondToMeetingRequest } from '../functions/app/meeting-requests.js';
import type { Principal } from '../functions/core/access/principal.js';
import { localize } from '../functions/core/vocabulary.js';
import { createDynamoClient } from '../functions/store/dynamo-client.js';
import { createStore } from '../functions/store/store.js';
import { ensureTable } from '../functions/store/table-admin.js';
import { seedDemoData } from './demo/seed-demo-data.js';
import { startDynamoDbLocal } from './dynamodb-local.js';

const REGION = 'local';
const TABLE = 'chainfit-event-walkthrough';
const ORGANIZATIONS = ['demo-org-kr-igbt-1', 'demo-org-cn-electric-drive-1', 'demo-org-cn-electric-drive-2'];
const member = (organizationId: string): Principal => ({
  role: 'MEMBER',
  subject: `walkthrough-${organizationId}`,
  email: `owner@${organizationId}.example`,
  memberships: [{ organizationId, role: 'OWNER' }],
});

const dynamo = await startDynamoDbLocal();
try {
  const admin = createDynamoClient({ region: REGION, endpoint: dynamo.endpoint });
  await ensureTable(admin, TABLE);
  admin.destroy();
  const store = createStore({ tableName: TABLE, connection: { region: REGION, endpoint: dynamo.endpoint } });
  await seedDemoData(store);
  const as = (principal: Principal) => createAppRequest({ store, principal, now: new Date('2026-07-01T00:00:00Z'), locale: 'en' });
  const administrator: Principal = { role: 'ADMIN', subject: 'zone-officer' };

  // 1. An administrator defines the event.
  const event = await createEvent(as(administrator), {
    name: { en: 'China-ROK NEV exchange day', zh: '中韩新能源汽车交流日', ko: '한중 신에너지차 교류의 날' },
    venue: {
      kind: 'IN_PERSON',
      address: { en: 'Changchun Northeast Asia International Expo Center, Hall 3', ko: '창춘 동북아국제박람센터 3홀' },
    },
    utcOffset: '+08:00',
    days: [{ date: '2026-08-27', start: '09:00', end: '12:00', breaks: [{ start: '10:20', end: '10:40' }] }],
    slotMinutes: 20,
    tables: ['A1', 'A2', 'A3'],
    registrationOpensAt: '2026-06-01T00:00:00+08:00',
    registrationClosesAt: '2026-08-20T00:00:00+08:00',
    focusChainGroupIds: ['equipment-manufacturing'],
  });
  console.log(`1. event ${event.id}: ${localize(event.name, 'ko')}`);

  // 2. Members register their organizations.
  for (const organizationId of ORGANIZATIONS) {
    await registerForEvent(as(member(organizationId)), {
      eventId: event.id,
      organizationId,
      attendees: [{ name: `Delegate of ${organizationId}` }],
      availability: [{ date: '2026-08-27', from: '09:00', to: '12:00' }],
      meetingsWanted: 4,
      autoAcceptMutualMatches: false,
    });
  }
  console.log(`2. registered: ${ORGANIZATIONS.join(', ')}`);

  // 3. Suggested meetings for the IGBT maker, by the fit model.
  const [igbt = '', ...partners] = ORGANIZATIONS;
  const suggestions = await suggestedMeetings(as(member(igbt)), event.id, igbt, 5);
  for (const s of suggestions)
    console.log(`3. suggested: ${s.partner.id} fit ${s.assessed.fit.score.toFixed(2)}${s.inFocus ? ' (in focus)' : ''}`);

  // 4. Requests, accepted by the partners.
  for (const partner of partners) {
    const asked = await requestMeeting(as(member(igbt)), {
      eventId: event.id,
      fromOrganizationId: igbt,
      toOrganizationId: partner,
      message: 'Meet at the exchange day?',
    });
    await respondToMeetingRequest(as(member(partner)), { eventId: event.id, meetingId: asked.id, response: 'ACCEPT' });
  }

  // 5. The administrator schedules.
  const report = await scheduleEvent(as(administrator), event.id);
  console.log(`5. scheduled ${report.scheduled} of ${report.accepted}, moved ${report.moved}, unscheduled ${report.unscheduled.length}`);

  // 6. The agenda in Korean, and as .ics.
  const agenda = await agendaOf(as(member(igbt)), event.id, igbt, 'ko');
  for (const entry of agenda.entries) {
    console.log(`6. ${entry.slot.date} ${entry.slot.start}-${entry.slot.end} table ${entry.table}: ${localize(entry.partner.name, 'ko')}`);
    console.log(`   ${entry.whyTheyFit}`);
  }
  await mkdir('.local', { recursive: true });
  await writeFile('.local/event-agenda.ics', agendaCalendar(agenda));
  console.log('   .local/event-agenda.ics written');
} finally {
  await dynamo.stop();
}
