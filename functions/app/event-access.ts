/**
 * Who may act in an event's use cases: administrators define and schedule
 * events; an organization's members act for it (register it, request and
 * answer meetings, book, check in). The GraphQL layer's policy table guards
 * the operations too; these checks keep the use cases safe for any caller.
 */
import { isMemberOf } from '../core/access/membership.js';
import type { Principal } from '../core/access/principal.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../core/errors.js';
import type { MatchmakingEvent } from '../core/events/event-definition.js';
import type { Participation } from '../core/events/participation.js';
import type { AppRequest } from './app-request.js';

export function assertAdministrator(principal: Principal): void {
  if (principal.role === 'ANONYMOUS') throw new UnauthenticatedError();
  if (principal.role !== 'ADMIN') throw new ForbiddenError('Only zone administrators define and schedule events');
}

/** The caller acts for `organizationId`: one of its members, or an administrator. */
export function assertActsFor(principal: Principal, organizationId: string): void {
  if (principal.role === 'ANONYMOUS') throw new UnauthenticatedError();
  if (principal.role === 'ADMIN') return;
  if (principal.role !== 'MEMBER' || !isMemberOf(principal, organizationId)) {
    throw new ForbiddenError(`You are not a member of ${organizationId}; ask its owner for an invitation`, { organizationId });
  }
}

export async function eventFor(request: AppRequest, eventId: string): Promise<MatchmakingEvent> {
  const event = await request.store.events.event(eventId);
  if (!event) throw new NotFoundError('Event', eventId);
  return event;
}

/** The organization's participation; NOT_FOUND when it is not registered. */
export async function participationFor(request: AppRequest, eventId: string, organizationId: string): Promise<Participation> {
  const participation = await request.store.events.participation(eventId, organizationId);
  if (!participation) throw new NotFoundError(`Participation of ${organizationId} in event`, eventId);
  return participation;
}
