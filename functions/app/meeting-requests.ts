/**
 * Meeting requests between an event's participants: asked with a message
 * (from search results or an existing match), answered by the requested
 * participant (a decline names one of the reasons matches are declined
 * for), accepted at once when the pair has a MUTUAL match and both opted in
 * (autoAcceptMutualMatches); cancelled by either side (the place is released);
 * recorded as held, which records MEETING_HELD on the pair's MUTUAL match.
 *
 * Each change is a new version of the meeting item (with its time, and who
 * cancelled), written conditionally on the version read: the notifications
 * worker turns it, from the table's stream, into notifications and mails
 * (core/notifications/meeting-events.ts).
 */
import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError } from '../core/errors.js';
import { participantFit } from '../core/events/event-fit.js';
import { assertAccepted, assertCanRespond, MEETING_MESSAGE_LENGTH, released, type MeetingRequest } from '../core/events/meeting-request.js';
import { zoneIndustryChainModel } from '../core/industry-chain/zone-model.js';
import { matchIdentity } from '../core/match/match-identity.js';
import type { DeclineReason } from '../core/match/match-record.js';
import { matchProfileOf } from '../core/match-profile.js';
import { tooLongProblems, throwIfAny } from '../core/validation/field-problems.js';
import type { AppRequest } from './app-request.js';
import { assertActsFor, eventFor, participationFor } from './event-access.js';
import { recordOutcome } from './matches.js';

export interface MeetingAsk {
  eventId: string;
  fromOrganizationId: string;
  toOrganizationId: string;
  message: string;
}

export interface MeetingAnswer {
  eventId: string;
  meetingId: string;
  response: 'ACCEPT' | 'DECLINE';
  declineReason?: DeclineReason;
}

export async function meetingFor(request: AppRequest, eventId: string, meetingId: string): Promise<MeetingRequest> {
  const meeting = await request.store.events.meeting(eventId, meetingId);
  if (!meeting) throw new NotFoundError('Meeting request', meetingId);
  return meeting;
}

/** Asks another participant for a meeting; accepted at once when the pair has a MUTUAL match and both opted in. */
export async function requestMeeting(request: AppRequest, ask: MeetingAsk): Promise<MeetingRequest> {
  assertActsFor(request.principal, ask.fromOrganizationId);
  throwIfAny([
    ...tooLongProblems(ask.message, MEETING_MESSAGE_LENGTH, 'input.message'),
    ...(ask.fromOrganizationId === ask.toOrganizationId
      ? [{ path: 'input.toOrganizationId', message: 'must be another participant' }]
      : []),
  ]);
  await eventFor(request, ask.eventId);
  const [from, to] = await Promise.all([
    participationFor(request, ask.eventId, ask.fromOrganizationId),
    participationFor(request, ask.eventId, ask.toOrganizationId),
  ]);
  const [fromOrg, toOrg, mutual] = await Promise.all([
    request.loaders.organization.load(from.organizationId),
    request.loaders.organization.load(to.organizationId),
    request.loaders.mutualMatch.load([from.organizationId, to.organizationId]),
  ]);
  if (!fromOrg || !toOrg) throw new NotFoundError('Organization', fromOrg ? to.organizationId : from.organizationId);
  const fit = participantFit(zoneIndustryChainModel.chainGraph, matchProfileOf(fromOrg), matchProfileOf(toOrg));
  const now = request.now.toISOString();
  const autoAccepted = mutual && from.autoAcceptMutualMatches && to.autoAcceptMutualMatches;
  const meeting: MeetingRequest = {
    id: `meeting-${randomUUID()}`,
    eventId: ask.eventId,
    fromOrganizationId: from.organizationId,
    toOrganizationId: to.organizationId,
    message: ask.message,
    status: autoAccepted ? 'ACCEPTED' : 'REQUESTED',
    fit: Math.round((fit?.score ?? 0) * 1000) / 1000,
    requestedBy: subjectOf(request),
    requestedAt: now,
    ...(autoAccepted ? { respondedAt: now } : {}),
    autoAccepted,
    updatedAt: now,
    version: 1,
  };
  if (!(await request.store.events.createMeeting(meeting))) {
    throw new ConflictError(`${from.organizationId} and ${to.organizationId} already have a meeting request in this event`, {
      reason: 'MEETING_REQUEST_EXISTS',
    });
  }
  return meeting;
}

/** The requested participant accepts or declines. */
export async function respondToMeetingRequest(request: AppRequest, answer: MeetingAnswer): Promise<MeetingRequest> {
  const meeting = await meetingFor(request, answer.eventId, answer.meetingId);
  assertActsFor(request.principal, meeting.toOrganizationId);
  if (answer.response === 'DECLINE' && answer.declineReason === undefined) {
    throwIfAny([{ path: 'input.declineReason', message: 'a decline names its reason' }]);
  }
  assertCanRespond(meeting, meeting.toOrganizationId);
  const next: MeetingRequest = {
    ...meeting,
    status: answer.response === 'ACCEPT' ? 'ACCEPTED' : 'DECLINED',
    respondedAt: request.now.toISOString(),
    ...(answer.response === 'DECLINE' && answer.declineReason ? { declineReason: answer.declineReason } : {}),
    updatedAt: request.now.toISOString(),
    version: meeting.version + 1,
  };
  return replaceOrConflict(request, meeting, next);
}

/** Either participant cancels an accepted (or still requested) meeting; its place is released. */
export async function cancelMeeting(request: AppRequest, eventId: string, meetingId: string, actingFor: string): Promise<MeetingRequest> {
  const meeting = await meetingFor(request, eventId, meetingId);
  assertParty(request, meeting, actingFor);
  if (meeting.status !== 'ACCEPTED' && meeting.status !== 'REQUESTED') {
    throw new ConflictError(`Meeting request ${meetingId} is ${meeting.status} already`, { reason: 'NOT_OPEN' });
  }
  return replaceOrConflict(request, meeting, { ...released(meeting, request.now, false), status: 'CANCELLED', cancelledBy: actingFor });
}

/**
 * Records that a scheduled meeting took place; when the pair has a MUTUAL match without an outcome yet,
 * its outcome becomes MEETING_HELD (the match's own state machine decides).
 */
export async function recordMeetingHeld(
  request: AppRequest,
  eventId: string,
  meetingId: string,
  actingFor: string,
): Promise<MeetingRequest> {
  const meeting = await meetingFor(request, eventId, meetingId);
  assertParty(request, meeting, actingFor);
  assertAccepted(meeting);
  if (!meeting.placement) throw new ConflictError(`Meeting ${meetingId} has no place in the schedule yet`, { reason: 'NOT_SCHEDULED' });
  const held = meeting.heldAt
    ? meeting
    : await replaceOrConflict(request, meeting, {
        ...meeting,
        heldAt: request.now.toISOString(),
        updatedAt: request.now.toISOString(),
        version: meeting.version + 1,
      });
  const match = await request.store.matches.getByIdentity(matchIdentity(meeting.fromOrganizationId, meeting.toOrganizationId));
  if (match && match.status === 'MUTUAL' && match.outcome === undefined)
    await recordOutcome(request, { matchId: match.id, outcome: 'MEETING_HELD' });
  return held;
}

function assertParty(request: AppRequest, meeting: MeetingRequest, actingFor: string): void {
  assertActsFor(request.principal, actingFor);
  if (actingFor !== meeting.fromOrganizationId && actingFor !== meeting.toOrganizationId) {
    throw new NotFoundError('Meeting request', meeting.id);
  }
}

async function replaceOrConflict(request: AppRequest, previous: MeetingRequest, next: MeetingRequest): Promise<MeetingRequest> {
  if (!(await request.store.events.replaceMeeting(previous, next))) {
    throw new ConflictError(`Meeting request ${previous.id} changed meanwhile; reload it`, { reason: 'MEETING_CHANGED' });
  }
  return next;
}

function subjectOf(request: AppRequest): string {
  const principal = request.principal;
  return principal.role === 'MEMBER' || principal.role === 'ADMIN' ? principal.subject : 'unknown';
}
