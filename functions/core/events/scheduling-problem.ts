/**
 * What the scheduler and the schedule validator both read: the slots and
 * tables of an event, each participant's available slots and meeting
 * limit, and the accepted meetings with their fit and current placement.
 */

/** A meeting's place: one table in one slot. */
export interface Placement {
  slotId: string;
  table: string;
}

export interface SchedulingParticipant {
  /** Slots the participant can meet in. */
  available: ReadonlySet<string>;
  /** Meetings it wants at most. */
  maxMeetings: number;
}

export interface SchedulableMeeting {
  id: string;
  /** The two participants (organization ids). */
  participants: readonly [string, string];
  /** The pair's reciprocal fit score, 0..1: higher fit is placed first. */
  fit: number;
  /** When the meeting was requested (ISO 8601): the first-come-first-served order. */
  requestedAt: string;
  /** Where it is now, from an earlier run or a participant's booking. */
  current?: Placement;
  /** Booked by a participant by hand: kept in place whenever it is still valid, before anything else. */
  bookedByHand?: boolean;
}

export interface SchedulingProblem {
  /** Slot ids in time order. */
  slots: readonly string[];
  tables: readonly string[];
  participants: ReadonlyMap<string, SchedulingParticipant>;
  meetings: readonly SchedulableMeeting[];
}

export const UNSCHEDULED_REASONS = ['NO_COMMON_AVAILABILITY', 'MEETING_LIMIT_REACHED', 'NO_FREE_SLOT', 'BOOKING_CONFLICT'] as const;
/** Why a meeting has no place: the two share no available slot; one of them has all the meetings it wanted; every common slot is taken (a partner busy or no table free); a concurrent booking took its place while the schedule was written. */
export type UnscheduledReason = (typeof UNSCHEDULED_REASONS)[number];

export interface Unscheduled {
  meetingId: string;
  reason: UnscheduledReason;
}

export interface Schedule {
  placements: Map<string, Placement>;
  unscheduled: Unscheduled[];
}

/** Meetings placed in `before` whose place differs in `after` (moved or dropped). */
export function movedMeetings(before: ReadonlyMap<string, Placement>, after: ReadonlyMap<string, Placement>): string[] {
  return [...before].flatMap(([id, was]) => {
    const now = after.get(id);
    return now && now.slotId === was.slotId && now.table === was.table ? [] : [id];
  });
}
