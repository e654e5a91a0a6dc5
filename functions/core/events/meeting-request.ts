/**
 * A meeting request between two participants of an event: asked with a
 * message, accepted or declined (with the reasons matches are declined
 * for), automatically accepted when the two organizations already have a
 * MUTUAL match and both opted in, and placed into a slot and a table by the
 * scheduler or by a participant's own booking. Recording that the meeting
 * was held feeds the pair's match outcome (MEETING_HELD).
 */
import { ConflictError, ForbiddenError } from '../errors.js';
import type { DeclineReason } from '../match/match-record.js';
import type { Placement } from './scheduling-problem.js';

export const MEETING_REQUEST_STATUSES = ['REQUESTED', 'ACCEPTED', 'DECLINED', 'CANCELLED'] as const;
export type MeetingRequestStatus = (typeof MEETING_REQUEST_STATUSES)[number];

/** Where an accepted meeting is, and who put it there. */
export interface MeetingPlacement extends Placement {
  /** A participant booked it (bookMeetingSlot) rather than the scheduler: reruns keep it first. */
  bookedByHand: boolean;
}

export interface MeetingRequest {
  id: string;
  eventId: string;
  fromOrganizationId: string;
  toOrganizationId: string;
  message: string;
  status: MeetingRequestStatus;
  /** The pair's reciprocal fit score when it was requested (0..1): the scheduler places higher fit first. */
  fit: number;
  requestedBy: string;
  requestedAt: string;
  respondedAt?: string;
  declineReason?: DeclineReason;
  /** Accepted without asking: the pair had a MUTUAL match and both participants opted in. */
  autoAccepted: boolean;
  placement?: MeetingPlacement;
  /** When a participant recorded that the meeting took place. */
  heldAt?: string;
  /** The participant that cancelled it (CANCELLED only): the other one is told. */
  cancelledBy?: string;
  /**
   * The place a scheduler run released in order to move the meeting elsewhere:
   * set by the release, cleared by the booking that follows (or by the write
   * that gives the place up when the booking fails), so the two writes of a
   * move tell the participants once, as a move (core/notifications/meeting-events.ts).
   */
  movingFrom?: Placement;
  /** When the request last changed (absent on requests written before it was recorded). */
  updatedAt?: string;
  version: number;
}

export const MEETING_MESSAGE_LENGTH = 1000;

/** The two participants of a request, in the order the request names them. */
export const participantsOf = (request: Pick<MeetingRequest, 'fromOrganizationId' | 'toOrganizationId'>): [string, string] => [
  request.fromOrganizationId,
  request.toOrganizationId,
];

/** The receiver answers a REQUESTED meeting; anything else is refused with what to do instead. */
export function assertCanRespond(request: MeetingRequest, respondingFor: string): void {
  if (request.toOrganizationId !== respondingFor) {
    throw new ForbiddenError(`Only ${request.toOrganizationId}, the requested participant, can answer meeting request ${request.id}`);
  }
  if (request.status !== 'REQUESTED') {
    throw new ConflictError(`Meeting request ${request.id} is ${request.status} already`, { reason: 'ALREADY_ANSWERED' });
  }
}

/** An accepted meeting can be booked, moved, held or cancelled; anything else cannot. */
export function assertAccepted(request: MeetingRequest): void {
  if (request.status !== 'ACCEPTED') {
    throw new ConflictError(`Meeting request ${request.id} is ${request.status}; only an accepted meeting has a place in the schedule`, {
      reason: 'NOT_ACCEPTED',
    });
  }
}

/** The next version of `meeting` placed at `placement` (a booking: any move in progress ends here). */
export function placedAt(
  meeting: MeetingRequest,
  placement: MeetingPlacement,
  now: Date,
): MeetingRequest & { placement: MeetingPlacement } {
  const { movingFrom: _arrived, ...rest } = meeting;
  return { ...rest, placement, updatedAt: now.toISOString(), version: meeting.version + 1 };
}

/**
 * The next version of `meeting` without a place. `moving`: the scheduler
 * books it elsewhere next, so the place it leaves is kept as `movingFrom`;
 * otherwise it has no place (and no move in progress) any more.
 */
export function released(meeting: MeetingRequest, now: Date, moving: boolean): MeetingRequest {
  const { placement, movingFrom: _previous, ...rest } = meeting;
  const from = placement ?? meeting.movingFrom;
  return {
    ...rest,
    ...(moving && from ? { movingFrom: { slotId: from.slotId, table: from.table } } : {}),
    updatedAt: now.toISOString(),
    version: meeting.version + 1,
  };
}
