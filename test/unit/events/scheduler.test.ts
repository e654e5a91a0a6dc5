import { describe, expect, it } from 'vitest';
import { scheduleMeetings } from '../../../functions/core/events/scheduler.js';
import { scheduleViolations } from '../../../functions/core/events/schedule-validator.js';
import { schedulingProblemOf } from '../../../functions/core/events/scheduling-input.js';
import { movedMeetings, type SchedulableMeeting, type SchedulingProblem } from '../../../functions/core/events/scheduling-problem.js';
import { generateEvent } from '../../support/event-generator.js';

const everywhere = (slots: string[], maxMeetings = 10) => ({ available: new Set(slots), maxMeetings });
const meeting = (id: string, a: string, b: string, fit: number, extra: Partial<SchedulableMeeting> = {}): SchedulableMeeting => ({
  id,
  participants: [a, b],
  fit,
  requestedAt: `2026-06-01T00:00:0${id.slice(-1)}Z`,
  ...extra,
});
const problemOf = (
  slots: string[],
  tables: string[],
  participants: Record<string, ReturnType<typeof everywhere>>,
  meetings: SchedulableMeeting[],
) => ({ slots, tables, participants: new Map(Object.entries(participants)), meetings }) satisfies SchedulingProblem;
const totalFit = (problem: SchedulingProblem, placed: ReadonlyMap<string, unknown>): number =>
  problem.meetings.filter((m) => placed.has(m.id)).reduce((sum, m) => sum + m.fit, 0);

describe('the meeting scheduler', () => {
  it('gives the one table to the highest fit, and says why the other meeting has no place', () => {
    const problem = problemOf(
      ['s1'],
      ['T1'],
      { a: everywhere(['s1']), b: everywhere(['s1']), c: everywhere(['s1']), d: everywhere(['s1']) },
      [meeting('m1', 'a', 'b', 0.4), meeting('m2', 'c', 'd', 0.9)],
    );
    const schedule = scheduleMeetings(problem);
    expect([...schedule.placements]).toEqual([['m2', { slotId: 's1', table: 'T1' }]]);
    expect(schedule.unscheduled).toEqual([{ meetingId: 'm1', reason: 'NO_FREE_SLOT' }]);
    expect(scheduleMeetings(problem, 'FIRST_COME_FIRST_SERVED').placements.has('m1')).toBe(true);
  });

  it('respects availability and meeting limits, with the reason', () => {
    const problem = problemOf(
      ['s1', 's2'],
      ['T1', 'T2'],
      { a: everywhere(['s1'], 1), b: everywhere(['s1', 's2']), c: everywhere(['s2']) },
      [meeting('m1', 'a', 'b', 0.9), meeting('m2', 'a', 'c', 0.8), meeting('m3', 'b', 'c', 0.7)],
    );
    const schedule = scheduleMeetings(problem);
    expect(schedule.placements.get('m1')).toEqual({ slotId: 's1', table: 'T1' });
    expect(schedule.placements.get('m3')).toEqual({ slotId: 's2', table: 'T1' });
    expect(schedule.unscheduled).toEqual([{ meetingId: 'm2', reason: 'NO_COMMON_AVAILABILITY' }]);
    const limited = problemOf(
      ['s1', 's2'],
      ['T1'],
      { a: everywhere(['s1', 's2'], 1), b: everywhere(['s1', 's2']), c: everywhere(['s1', 's2']) },
      [meeting('m1', 'a', 'b', 0.9), meeting('m2', 'a', 'c', 0.8)],
    );
    expect(scheduleMeetings(limited).unscheduled).toEqual([{ meetingId: 'm2', reason: 'MEETING_LIMIT_REACHED' }]);
  });

  it('moves a meeting it placed to make room for one that fits only that slot', () => {
    // m1 (a-b) goes to s1 first (roomiest, earliest); m2 (a-c) is possible only in s1: m1 moves to s2.
    const problem = problemOf(
      ['s1', 's2'],
      ['T1', 'T2'],
      { a: everywhere(['s1', 's2']), b: everywhere(['s1', 's2']), c: everywhere(['s1']) },
      [meeting('m1', 'a', 'b', 0.9), meeting('m2', 'a', 'c', 0.8)],
    );
    const schedule = scheduleMeetings(problem);
    expect(schedule.unscheduled).toEqual([]);
    expect(schedule.placements.get('m2')?.slotId).toBe('s1');
    expect(schedule.placements.get('m1')?.slotId).toBe('s2');
    expect(scheduleViolations(problem, schedule.placements)).toEqual([]);
  });

  it('keeps still-valid placements on a rerun and moves only what it must', () => {
    const problem = problemOf(['s1', 's2'], ['T1'], { a: everywhere(['s1', 's2']), b: everywhere(['s1', 's2']), c: everywhere(['s2']) }, [
      meeting('m1', 'a', 'b', 0.9, { current: { slotId: 's2', table: 'T1' } }),
      meeting('m2', 'b', 'c', 0.8, { current: { slotId: 's1', table: 'T1' } }),
    ]);
    // c is no longer available in s1: m2 must move, m1 (valid) stays unless it blocks; m2 can only go to s2, held by m1.
    const schedule = scheduleMeetings(problem);
    expect(schedule.placements.get('m1')).toEqual({ slotId: 's2', table: 'T1' });
    expect(schedule.unscheduled).toEqual([{ meetingId: 'm2', reason: 'NO_FREE_SLOT' }]);
  });

  it('places every meeting it can in a generated expo (200 participants, 2 days, 30 tables, 1,500 requests), with no violation', () => {
    const generated = generateEvent('expo', { participants: 200, days: 2, tables: 30, slotMinutes: 20, acceptedRequests: 1500 });
    const problem = schedulingProblemOf(generated.event, generated.participations, generated.requests);
    const schedule = scheduleMeetings(problem);
    expect(scheduleViolations(problem, schedule.placements)).toEqual([]);
    expect(schedule.placements.size + schedule.unscheduled.length).toBe(1500);
    const fcfs = scheduleMeetings(problem, 'FIRST_COME_FIRST_SERVED');
    expect(scheduleViolations(problem, fcfs.placements).filter((v) => v.kind !== 'COULD_HAVE_BEEN_PLACED')).toEqual([]);
    expect(totalFit(problem, schedule.placements)).toBeGreaterThan(totalFit(problem, fcfs.placements));
  });

  it('moves no meeting on a rerun after one cancellation, and fills the freed place when a meeting fits there', () => {
    const generated = generateEvent('expo', { participants: 200, days: 2, tables: 30, slotMinutes: 20, acceptedRequests: 1500 });
    const problem = schedulingProblemOf(generated.event, generated.participations, generated.requests);
    const first = scheduleMeetings(problem);
    const [cancelled] = [...first.placements.keys()];
    const rerunProblem: SchedulingProblem = {
      ...problem,
      meetings: problem.meetings
        .filter((m) => m.id !== cancelled)
        .map((m) => {
          const current = first.placements.get(m.id);
          return current ? { ...m, current } : m;
        }),
    };
    const rerun = scheduleMeetings(rerunProblem);
    first.placements.delete(cancelled ?? '');
    expect(movedMeetings(first.placements, rerun.placements)).toEqual([]);
    expect(scheduleViolations(rerunProblem, rerun.placements)).toEqual([]);
    expect(rerun.placements.size).toBeGreaterThanOrEqual(first.placements.size);
  });
});

describe('the schedule validator', () => {
  const problem = problemOf(['s1', 's2'], ['T1'], { a: everywhere(['s1', 's2'], 1), b: everywhere(['s1']), c: everywhere(['s1', 's2']) }, [
    meeting('m1', 'a', 'b', 0.9),
    meeting('m2', 'a', 'c', 0.8),
    meeting('m3', 'b', 'c', 0.7),
  ]);

  it('finds a double-booked table, a double-booked participant, unavailability and excess meetings', () => {
    const kinds = scheduleViolations(
      problem,
      new Map([
        ['m1', { slotId: 's1', table: 'T1' }],
        ['m2', { slotId: 's1', table: 'T1' }],
        ['m3', { slotId: 's2', table: 'T9' }],
      ]),
    ).map((v) => v.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['TABLE_DOUBLE_BOOKED', 'PARTICIPANT_DOUBLE_BOOKED', 'NOT_AVAILABLE', 'OVER_LIMIT', 'UNKNOWN_TABLE']),
    );
  });

  it('finds a meeting that could still have been placed', () => {
    expect(scheduleViolations(problem, new Map([['m2', { slotId: 's2', table: 'T1' }]]))).toEqual([
      { kind: 'COULD_HAVE_BEEN_PLACED', meetingId: 'm3', slotId: 's1' },
    ]);
  });
});
