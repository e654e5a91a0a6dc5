/**
 * The meeting scheduler: places accepted meetings into (slot, table) so that
 * no participant and no table is booked twice, every meeting lies in a slot
 * both participants are available in, and no participant gets more meetings
 * than it wanted.
 *
 * Rerunnable: placements that are still valid are kept first (meetings
 * booked by hand before the scheduler's own), so a rerun after a change
 * moves only the meetings it must. Then the rest is placed greedily,
 * highest fit first (the first-come-first-served baseline orders by request
 * time instead), each in the slot that leaves the most room for the
 * participants' other meetings. A meeting that finds no slot is repaired:
 * when a single meeting placed in this run blocks a slot (it holds one of the
 * two participants, or the last table), that meeting is moved to another
 * slot it fits in, and the new meeting takes its place.
 */
import type { Placement, Schedule, SchedulableMeeting, SchedulingProblem, Unscheduled, UnscheduledReason } from './scheduling-problem.js';

export type SchedulingOrder = 'HIGHEST_FIT_FIRST' | 'FIRST_COME_FIRST_SERVED';

/** The bookings of one run: which slot each participant and table holds, and by which meeting. */
class Bookings {
  /** participant → slot → meeting */
  private readonly byParticipant = new Map<string, Map<string, string>>();
  /** slot → table → meeting */
  private readonly bySlot = new Map<string, Map<string, string>>();
  readonly placements = new Map<string, Placement>();

  constructor(private readonly problem: SchedulingProblem) {}

  meetingsOf(participant: string): number {
    return this.byParticipant.get(participant)?.size ?? 0;
  }

  holderOf(participant: string, slotId: string): string | undefined {
    return this.byParticipant.get(participant)?.get(slotId);
  }

  freeTable(slotId: string): string | undefined {
    const taken = this.bySlot.get(slotId);
    return this.problem.tables.find((table) => !taken?.has(table));
  }

  tablesTaken(slotId: string): number {
    return this.bySlot.get(slotId)?.size ?? 0;
  }

  meetingsAt(slotId: string): string[] {
    return [...(this.bySlot.get(slotId)?.values() ?? [])];
  }

  tableFree(slotId: string, table: string): boolean {
    return !this.bySlot.get(slotId)?.has(table);
  }

  place(meeting: SchedulableMeeting, placement: Placement): void {
    for (const participant of meeting.participants) {
      let slots = this.byParticipant.get(participant);
      if (!slots) this.byParticipant.set(participant, (slots = new Map<string, string>()));
      slots.set(placement.slotId, meeting.id);
    }
    let tables = this.bySlot.get(placement.slotId);
    if (!tables) this.bySlot.set(placement.slotId, (tables = new Map<string, string>()));
    tables.set(placement.table, meeting.id);
    this.placements.set(meeting.id, placement);
  }

  remove(meeting: SchedulableMeeting): void {
    const placement = this.placements.get(meeting.id);
    if (!placement) return;
    for (const participant of meeting.participants) this.byParticipant.get(participant)?.delete(placement.slotId);
    this.bySlot.get(placement.slotId)?.delete(placement.table);
    this.placements.delete(meeting.id);
  }
}

/** The scheduler's view of one problem. */
class Scheduler {
  readonly bookings: Bookings;
  private readonly meetingsById: Map<string, SchedulableMeeting>;
  /** Meetings placed earlier and kept: a repair never moves them. */
  private readonly kept = new Set<string>();

  constructor(private readonly problem: SchedulingProblem) {
    this.bookings = new Bookings(problem);
    this.meetingsById = new Map(problem.meetings.map((meeting) => [meeting.id, meeting]));
  }

  private available(participant: string, slotId: string): boolean {
    return this.problem.participants.get(participant)?.available.has(slotId) ?? false;
  }

  private underLimit(meeting: SchedulableMeeting): boolean {
    return meeting.participants.every((p) => this.bookings.meetingsOf(p) < (this.problem.participants.get(p)?.maxMeetings ?? 0));
  }

  private commonSlots(meeting: SchedulableMeeting): string[] {
    const [a, b] = meeting.participants;
    return this.problem.slots.filter((slotId) => this.available(a, slotId) && this.available(b, slotId));
  }

  private free(meeting: SchedulableMeeting, slotId: string): boolean {
    return meeting.participants.every((p) => this.bookings.holderOf(p, slotId) === undefined);
  }

  /** Keeps a current placement when it is still valid; false when it must be placed anew. */
  keep(meeting: SchedulableMeeting): boolean {
    const placement = meeting.current;
    if (!placement || !this.problem.tables.includes(placement.table)) return false;
    const valid =
      meeting.participants.every((p) => this.available(p, placement.slotId)) &&
      this.free(meeting, placement.slotId) &&
      this.bookings.tableFree(placement.slotId, placement.table) &&
      this.underLimit(meeting);
    if (!valid) return false;
    this.bookings.place(meeting, placement);
    this.kept.add(meeting.id);
    return true;
  }

  /** Places a meeting in a free slot (or by one repair move); the reason when it cannot. */
  place(meeting: SchedulableMeeting, order: SchedulingOrder): UnscheduledReason | null {
    const common = this.commonSlots(meeting);
    if (common.length === 0) return 'NO_COMMON_AVAILABILITY';
    if (!this.underLimit(meeting)) return 'MEETING_LIMIT_REACHED';
    const open = common.filter((slotId) => this.free(meeting, slotId) && this.bookings.freeTable(slotId) !== undefined);
    const slotId = order === 'FIRST_COME_FIRST_SERVED' ? open[0] : this.roomiestSlot(open);
    if (slotId !== undefined) {
      this.bookings.place(meeting, { slotId, table: this.bookings.freeTable(slotId) ?? '' });
      return null;
    }
    if (order === 'HIGHEST_FIT_FIRST' && common.some((slot) => this.repairInto(meeting, slot))) return null;
    return 'NO_FREE_SLOT';
  }

  /** The open slot with the most free tables (earliest on ties): it keeps scarce slots for the meetings that need them. */
  private roomiestSlot(open: readonly string[]): string | undefined {
    let best: string | undefined;
    let bestTaken = Number.POSITIVE_INFINITY;
    for (const slotId of open) {
      const taken = this.bookings.tablesTaken(slotId);
      if (taken < bestTaken) [best, bestTaken] = [slotId, taken];
    }
    return best;
  }

  /** Frees `slotId` for `meeting` by moving the one meeting (placed in this run) that blocks it; true when done. */
  private repairInto(meeting: SchedulableMeeting, slotId: string): boolean {
    const holders = new Set(meeting.participants.flatMap((p) => this.bookings.holderOf(p, slotId) ?? []));
    const candidates =
      holders.size > 0 ? [...holders] : this.bookings.freeTable(slotId) === undefined ? this.bookings.meetingsAt(slotId) : [];
    if (holders.size > 1) return false;
    for (const blockerId of candidates) {
      const blocker = this.meetingsById.get(blockerId);
      if (!blocker || this.kept.has(blockerId)) continue;
      const from = this.bookings.placements.get(blockerId);
      if (!from) continue;
      this.bookings.remove(blocker);
      const to = this.commonSlots(blocker).find(
        (other) => other !== slotId && this.free(blocker, other) && this.bookings.freeTable(other) !== undefined,
      );
      if (to !== undefined && this.free(meeting, slotId)) {
        this.bookings.place(blocker, { slotId: to, table: this.bookings.freeTable(to) ?? '' });
        const table = this.bookings.freeTable(slotId);
        if (table !== undefined) {
          this.bookings.place(meeting, { slotId, table });
          return true;
        }
        this.bookings.remove(blocker);
      }
      this.bookings.place(blocker, from);
    }
    return false;
  }
}

const byFit = (a: SchedulableMeeting, b: SchedulableMeeting): number =>
  b.fit - a.fit || a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id);
const byRequestTime = (a: SchedulableMeeting, b: SchedulableMeeting): number =>
  a.requestedAt.localeCompare(b.requestedAt) || a.id.localeCompare(b.id);

/** Places the problem's meetings; every meeting ends either placed or unscheduled with its reason. */
export function scheduleMeetings(problem: SchedulingProblem, order: SchedulingOrder = 'HIGHEST_FIT_FIRST'): Schedule {
  const scheduler = new Scheduler(problem);
  const sorted = [...problem.meetings].sort(order === 'HIGHEST_FIT_FIRST' ? byFit : byRequestTime);
  const handFirst = [...sorted.filter((m) => m.bookedByHand === true), ...sorted.filter((m) => m.bookedByHand !== true)];
  const toPlace = handFirst.filter((meeting) => !scheduler.keep(meeting));
  const unscheduled: Unscheduled[] = [];
  for (const meeting of toPlace) {
    const reason = scheduler.place(meeting, order);
    if (reason) unscheduled.push({ meetingId: meeting.id, reason });
  }
  // A repair frees the moved meeting's other participant in its old slot: give the meetings that found no slot a
  // second chance (without repairs, which free nothing, so one pass suffices).
  const stillUnscheduled = unscheduled.filter(({ meetingId, reason }) => {
    if (reason !== 'NO_FREE_SLOT') return true;
    const meeting = problem.meetings.find((m) => m.id === meetingId);
    return meeting === undefined || scheduler.place(meeting, 'FIRST_COME_FIRST_SERVED') !== null;
  });
  return { placements: scheduler.bookings.placements, unscheduled: stillUnscheduled };
}
