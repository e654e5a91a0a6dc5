/**
 * The demo matchmaking event: a two-day China-ROK exchange day whose
 * registration is open when the demo data is loaded (its days a month
 * later), with three demo organizations already registered so a member who
 * registers sees suggested meetings at once. Dates follow the load time, so
 * `npm start` always shows an event open for registration.
 */
import type { MatchmakingEvent } from '../../../functions/core/events/event-definition.js';
import type { Participation } from '../../../functions/core/events/participation.js';

export const DEMO_EVENT_ID = 'demo-event-nev-exchange-days';

/** Registered by the demo data; members of other demo organizations register through the console. */
export const DEMO_EVENT_PARTICIPANTS = ['demo-org-kr-igbt-4', 'demo-org-cn-electric-drive-4', 'demo-org-kr-battery-cells-2'] as const;

const DAY_MS = 24 * 60 * 60 * 1000;
const dateAfter = (now: Date, days: number): string => new Date(now.getTime() + days * DAY_MS).toISOString().slice(0, 10);

export function demoEvent(now: Date): MatchmakingEvent {
  const days = [dateAfter(now, 30), dateAfter(now, 31)];
  return {
    id: DEMO_EVENT_ID,
    name: { en: 'China-ROK NEV exchange days', zh: '中韩新能源汽车对接交流日', ko: '한중 신에너지차 교류의 날' },
    description: {
      en: 'Short B2B meetings between Chinese and Korean suppliers of the electric vehicle chain, scheduled by industry-chain fit.',
      zh: '中韩电动汽车产业链企业的一对一短时洽谈，按产业链契合度排期。',
      ko: '전기차 산업사슬의 한중 기업 간 짧은 1:1 상담, 산업사슬 적합도에 따라 배정.',
    },
    venue: {
      kind: 'IN_PERSON',
      address: {
        en: 'Changchun Northeast Asia International Expo Center, Hall 3',
        zh: '长春东北亚国际博览中心3号馆',
        ko: '창춘 동북아국제박람센터 3홀',
      },
    },
    utcOffset: '+08:00',
    days: days.map((date) => ({ date, start: '09:00', end: '12:00', breaks: [{ start: '10:20', end: '10:40' }] })),
    slotMinutes: 20,
    tables: ['A1', 'A2', 'A3', 'A4'],
    registrationOpensAt: new Date(now.getTime() - DAY_MS).toISOString(),
    registrationClosesAt: new Date(now.getTime() + 25 * DAY_MS).toISOString(),
    focusChainGroupIds: [],
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
  };
}

export function demoEventParticipations(event: MatchmakingEvent): Participation[] {
  return DEMO_EVENT_PARTICIPANTS.map((organizationId) => ({
    eventId: event.id,
    organizationId,
    attendees: [{ name: `Delegate of ${organizationId.replace(/^demo-org-/, '')}`, title: 'Business development' }],
    availability: event.days.map((day) => ({ date: day.date, from: day.start, to: day.end })),
    meetingsWanted: 4,
    autoAcceptMutualMatches: false,
    registeredBy: 'demo-data',
    registeredAt: event.createdAt,
  }));
}
