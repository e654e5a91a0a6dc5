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
