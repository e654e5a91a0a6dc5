/**
 * Checks a schedule independently of the scheduler (its own bookkeeping, from
 * the problem alone): every placement names a known meeting, slot and table;
 * no table and no participant is booked twice in a slot; both participants
 * are available; nobody has more meetings than wanted; and no unplaced
 * meeting could still be placed (a slot both are free and available in, with
 * a free table, while both are under their limit). Tests and the admin
 * report run it on what the scheduler wrote.
 */
import type { Placement, SchedulingProblem } from './scheduling-problem.js';

export type ScheduleViolation =
  | { kind: 'UNKNOWN_MEETING' | 'UNKNOWN_SLOT' | 'UNKNOWN_TABLE' | 'NOT_AVAILABLE'; meetingId: string }
  | { kind: 'TABLE_DOUBLE_BOOKED'; slotId: string; table: string; meetingIds: string[] }
  | { kind: 'PARTICIPANT_DOUBLE_BOOKED'; slotId: string; participant: string; meetingIds: string[] }
  | { kind: 'OVER_LIMIT'; participant: string; meetings: number; limit: number }
  | { kind: 'COULD_HAVE_BEEN_PLACED'; meetingId: string; slotId: string };

/** Every violation of `placements` against `problem`; an empty list is a valid, maximal schedule. */
export function scheduleViolations(problem: SchedulingProblem, placements: ReadonlyMap<string, Placement>): ScheduleViolation[] {
  const violations: ScheduleViolation[] = [];
  const meetings = new Map(problem.meetings.map((m) => [m.id, m]));
  const slots = new Set(problem.slots);
  const tables = new Set(problem.tables);
  const tableUse = new Map<string, string[]>();
  const participantUse = new Map<string, string[]>();
  const counts = new Map<string, number>();
  const use = (map: Map<string, string[]>, key: string, id: string): void => {
    map.set(key, [...(map.get(key) ?? []), id]);
  };
  for (const [meetingId, placement] of placements) {
    const meeting = meetings.get(meetingId);
    if (!meeting) violations.push({ kind: 'UNKNOWN_MEETING', meetingId });
    if (!slots.has(placement.slotId)) violations.push({ kind: 'UNKNOWN_SLOT', meetingId });
    if (!tables.has(placement.table)) violations.push({ kind: 'UNKNOWN_TABLE', meetingId });
    if (!meeting) continue;
    use(tableUse, `${placement.slotId}\u0000${placement.table}`, meetingId);
    for (const participant of meeting.participants) {
      use(participantUse, `${placement.slotId}\u0000${participant}`, meetingId);
      counts.set(participant, (counts.get(participant) ?? 0) + 1);
      if (!problem.participants.get(participant)?.available.has(placement.slotId)) violations.push({ kind: 'NOT_AVAILABLE', meetingId });
    }
  }
  for (const [key, ids] of tableUse) {
    const [slotId = '', table = ''] = key.split('\u0000');
    if (ids.length > 1) violations.push({ kind: 'TABLE_DOUBLE_BOOKED', slotId, table, meetingIds: ids });
  }
  for (const [key, ids] of participantUse) {
    const [slotId = '', participant = ''] = key.split('\u0000');
    if (ids.length > 1) violations.push({ kind: 'PARTICIPANT_DOUBLE_BOOKED', slotId, participant, meetingIds: ids });
  }
  for (const [participant, meetingCount] of counts) {
    const limit = problem.participants.get(participant)?.maxMeetings ?? 0;
    if (meetingCount > limit) violations.push({ kind: 'OVER_LIMIT', participant, meetings: meetingCount, limit });
  }
  for (const meeting of problem.meetings) {
    if (placements.has(meeting.id)) continue;
    const [a, b] = meeting.participants;
    const underLimit = [a, b].every((p) => (counts.get(p) ?? 0) < (problem.participants.get(p)?.maxMeetings ?? 0));
    if (!underLimit) continue;
    const open = problem.slots.find((slotId) => {
      const bothFree = [a, b].every(
        (p) => problem.participants.get(p)?.available.has(slotId) && !participantUse.has(`${slotId}\u0000${p}`),
      );
      const tableFree = problem.tables.some((table) => !tableUse.has(`${slotId}\u0000${table}`));
      return bothFree && tableFree;
    });
    if (open !== undefined) violations.push({ kind: 'COULD_HAVE_BEEN_PLACED', meetingId: meeting.id, slotId: open });
  }
  return violations;
}
