/**
 * Generated matchmaking events for tests and the scheduling benchmark: an
 * event with its days, breaks and tables, participants with seeded
 * availability (most all days, some one day or half days) and meeting
 * limits, and accepted meeting requests between random pairs with a seeded
 * fit that is independent of request order (so first-come-first-served and
 * highest-fit-first differ). Pure and deterministic for a seed.
 */
import type { EventDraft, MatchmakingEvent } from '../../functions/core/events/event-definition.js';
import type { MeetingRequest } from '../../functions/core/events/meeting-request.js';
import type { Participation } from '../../functions/core/events/participation.js';
import { seededRandom } from './seeded-random.js';

export interface EventShape {
  participants: number;
  days: number;
  tables: number;
  slotMinutes: number;
  acceptedRequests: number;
  seed?: number;
}

export interface GeneratedEvent {
  event: MatchmakingEvent;
  participations: Participation[];
  requests: MeetingRequest[];
}

const FIRST_DAY = Date.parse('2026-08-27T00:00:00Z');
const dateOf = (day: number): string => new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);

/** An event draft: days 09:00-17:00 with a lunch break 12:00-13:00. */
export function anEventDraft(overrides: Partial<EventDraft> = {}, shape: Partial<EventShape> = {}): EventDraft {
  const days = shape.days ?? 2;
  return {
    name: { en: 'Northeast Asia Expo B2B meetings', zh: '东北亚博览会对接洽谈', ko: '동북아박람회 비즈니스 상담회' },
    venue: { kind: 'IN_PERSON', address: { en: 'Changchun Northeast Asia International Expo Center', zh: '长春东北亚国际博览中心' } },
    utcOffset: '+08:00',
    days: Array.from({ length: days }, (_, day) => ({
      date: dateOf(day),
      start: '09:00',
      end: '17:00',
      breaks: [{ start: '12:00', end: '13:00' }],
    })),
    slotMinutes: shape.slotMinutes ?? 20,
    tables: Array.from({ length: shape.tables ?? 30 }, (_, i) => `T${String(i + 1).padStart(2, '0')}`),
    registrationOpensAt: '2026-06-01T00:00:00.000Z',
    registrationClosesAt: '2026-08-20T00:00:00.000Z',
    focusChainGroupIds: [],
    ...overrides,
  };
}

export function anEvent(id: string, overrides: Partial<EventDraft> = {}, shape: Partial<EventShape> = {}): MatchmakingEvent {
  return {
    id,
    ...anEventDraft(overrides, shape),
    createdAt: '2026-05-01T00:00:00.000Z',
    updatedAt: '2026-05-01T00:00:00.000Z',
    version: 1,
  };
}

const participantId = (i: number): string => `gen-org-${String(i).padStart(5, '0')}`;

/** A generated event with participants and accepted meeting requests. */
export function generateEvent(eventId: string, shape: EventShape): GeneratedEvent {
  const random = seededRandom(shape.seed ?? 15);
  const event = anEvent(eventId, {}, shape);
  const participations: Participation[] = Array.from({ length: shape.participants }, (_, i) => ({
    eventId,
    organizationId: participantId(i),
    attendees: [{ name: `Attendee ${i}` }],
    availability: availabilityOf(event, random()),
    meetingsWanted: 6 + Math.floor(random() * 15),
    autoAcceptMutualMatches: false,
    registeredBy: `subject-${i}`,
    registeredAt: '2026-06-02T00:00:00.000Z',
  }));
  const pairs = new Set<string>();
  const requests: MeetingRequest[] = [];
  const maxPairs = (shape.participants * (shape.participants - 1)) / 2;
  while (requests.length < Math.min(shape.acceptedRequests, maxPairs)) {
    const a = Math.floor(random() * shape.participants);
    const b = Math.floor(random() * shape.participants);
    const key = a < b ? `${a}-${b}` : `${b}-${a}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    const n = requests.length;
    requests.push({
      id: `gen-meeting-${String(n).padStart(6, '0')}`,
      eventId,
      fromOrganizationId: participantId(a),
      toOrganizationId: participantId(b),
      message: 'Shall we meet?',
      status: 'ACCEPTED',
      fit: Math.round(random() * 1000) / 1000,
      requestedBy: `subject-${a}`,
      requestedAt: new Date(Date.parse('2026-06-03T00:00:00Z') + n * 1000).toISOString(),
      autoAccepted: false,
      version: 2,
    });
  }
  return { event, participations, requests };
}

/** 70% available on every day all day, 15% on one day only, 15% only in the mornings. */
function availabilityOf(event: MatchmakingEvent, roll: number): Participation['availability'] {
  if (roll < 0.7) return event.days.map((day) => ({ date: day.date, from: day.start, to: day.end }));
  if (roll < 0.85) {
    const day = event.days[Math.floor(((roll - 0.7) / 0.15) * event.days.length)] ?? event.days[0];
    return day ? [{ date: day.date, from: day.start, to: day.end }] : [];
  }
  return event.days.map((day) => ({ date: day.date, from: day.start, to: '12:00' }));
}
