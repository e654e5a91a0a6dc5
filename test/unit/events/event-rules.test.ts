import { describe, expect, it } from 'vitest';
import { eventDraftProblems } from '../../../functions/core/events/event-rules.js';
import { registrationOpen } from '../../../functions/core/events/event-definition.js';
import { slotsOf } from '../../../functions/core/events/event-slots.js';
import { availableSlotIds, participationProblems } from '../../../functions/core/events/participation.js';
import { anEvent, anEventDraft } from '../../support/event-generator.js';

const CHAINS = new Set(['equipment-manufacturing', 'medical-health']);
const paths = (problems: { path: string }[]): string[] => problems.map((p) => p.path);

describe('an event definition', () => {
  it('accepts a two-day expo with a lunch break and thirty tables', () => {
    expect(eventDraftProblems(anEventDraft({ focusChainGroupIds: ['equipment-manufacturing'] }), CHAINS)).toEqual([]);
  });

  it('names every problem with its field path', () => {
    const draft = anEventDraft({
      name: {},
      venue: { kind: 'ONLINE', url: 'http://insecure.example' },
      utcOffset: '8',
      slotMinutes: 3,
      tables: ['T1', 'T1', ''],
      registrationOpensAt: '2026-08-01T00:00:00Z',
      registrationClosesAt: '2026-07-01T00:00:00Z',
      focusChainGroupIds: ['steel'],
      days: [{ date: '2026-02-30', start: '09:00', end: '08:00', breaks: [{ start: '07:00', end: '07:30' }] }],
    });
    expect(paths(eventDraftProblems(draft, CHAINS))).toEqual(
      expect.arrayContaining([
        'input.name',
        'input.venue.url',
        'input.utcOffset',
        'input.slotMinutes',
        'input.tables[1]',
        'input.tables[2]',
        'input.registrationClosesAt',
        'input.focusChainGroupIds[0]',
        'input.days[0].date',
        'input.days[0].end',
        'input.days[0].breaks[0]',
      ]),
    );
  });

  it('needs an address in person and a link online', () => {
    expect(paths(eventDraftProblems(anEventDraft({ venue: { kind: 'IN_PERSON' } }), CHAINS))).toEqual(['input.venue.address']);
    expect(paths(eventDraftProblems(anEventDraft({ venue: { kind: 'ONLINE' } }), CHAINS))).toEqual(['input.venue.url']);
  });

  it('opens registration at its opening and closes it at its close', () => {
    const event = anEventDraft();
    expect(registrationOpen(event, new Date('2026-05-31T23:59:59Z'))).toBe(false);
    expect(registrationOpen(event, new Date('2026-06-01T00:00:00Z'))).toBe(true);
    expect(registrationOpen(event, new Date('2026-08-20T00:00:00Z'))).toBe(false);
  });
});

describe('the slots of an event', () => {
  it('cuts each day into slots of the event length around its breaks, at the event offset', () => {
    const slots = slotsOf(anEventDraft({}, { days: 1 }));
    expect(slots).toHaveLength(21);
    expect(slots[0]).toEqual({
      id: '2026-08-27T09:00',
      date: '2026-08-27',
      start: '09:00',
      end: '09:20',
      startsAt: '2026-08-27T01:00:00.000Z',
      endsAt: '2026-08-27T01:20:00.000Z',
    });
    expect(slots.map((s) => s.start)).not.toContain('12:00');
    expect(slots.map((s) => s.start)).toContain('13:00');
  });

  it('skips a slot that would cross into a break that does not start on a slot boundary', () => {
    const draft = anEventDraft({
      days: [{ date: '2026-08-27', start: '09:00', end: '11:00', breaks: [{ start: '09:50', end: '10:10' }] }],
    });
    expect(slotsOf(draft).map((s) => `${s.start}-${s.end}`)).toEqual(['09:00-09:20', '09:20-09:40', '10:10-10:30', '10:30-10:50']);
  });
});

describe('a participation', () => {
  const event = anEvent('event-1');
  const slotCount = slotsOf(event).length;

  it('is available in the slots wholly within its windows', () => {
    const slots = slotsOf(event);
    const available = availableSlotIds(slots, [{ date: '2026-08-28', from: '09:10', to: '10:00' }]);
    expect([...available]).toEqual(['2026-08-28T09:20', '2026-08-28T09:40']);
  });

  it('refuses availability outside the event days and hours, and more meetings than slots', () => {
    const problems = participationProblems(
      {
        attendees: [{ name: ' ' }],
        availability: [
          { date: '2026-09-01', from: '09:00', to: '10:00' },
          { date: '2026-08-27', from: '08:00', to: '10:00' },
          { date: '2026-08-28', from: '11:00', to: '10:00' },
        ],
        meetingsWanted: slotCount + 1,
        autoAcceptMutualMatches: false,
      },
      event,
      slotCount,
    );
    expect(paths(problems)).toEqual([
      'input.attendees[0].name',
      'input.meetingsWanted',
      'input.availability[0].date',
      'input.availability[1]',
      'input.availability[2].to',
    ]);
  });
});
