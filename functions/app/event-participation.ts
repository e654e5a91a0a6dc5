/**
 * Participation: a member registers its organization for an event (within
 * the registration window; availability per day within the event's hours;
 * meetings wanted; attendees), re-registering replaces the registration;
 * registered participants see each other's public profile fields; a
 * participant checks in on the day.
 */
import { ConflictError, ForbiddenError, NotFoundError } from '../core/errors.js';
import { registrationOpen } from '../core/events/event-definition.js';
import { slotsOf } from '../core/events/event-slots.js';
import { participationProblems, type Participation, type ParticipationDraft } from '../core/events/participation.js';
import type { Organization } from '../core/organization.js';
import { throwIfAny } from '../core/validation/field-problems.js';
import type { AppRequest } from './app-request.js';
import { assertActsFor, eventFor, participationFor } from './event-access.js';

export interface Registration extends ParticipationDraft {
  eventId: string;
  organizationId: string;
}

/** Registers (or re-registers) an organization for an event. */
export async function registerForEvent(request: AppRequest, registration: Registration): Promise<Participation> {
  assertActsFor(request.principal, registration.organizationId);
  const event = await eventFor(request, registration.eventId);
  throwIfAny(participationProblems(registration, event, slotsOf(event).length));
  if (!registrationOpen(event, request.now)) {
    throw new ConflictError(
      `Registration for ${event.id} is open from ${event.registrationOpensAt} until ${event.registrationClosesAt}; it is not open now`,
      { eventId: event.id, reason: 'REGISTRATION_CLOSED' },
    );
  }
  const organization = await request.store.organizations.get(registration.organizationId);
  if (!organization || organization.verification === 'SUSPENDED') throw new NotFoundError('Organization', registration.organizationId);
  const principal = request.principal;
  const participation: Participation = {
    eventId: event.id,
    organizationId: organization.id,
    attendees: registration.attendees,
    availability: registration.availability,
    meetingsWanted: registration.meetingsWanted,
    autoAcceptMutualMatches: registration.autoAcceptMutualMatches,
    registeredBy: principal.role === 'MEMBER' || principal.role === 'ADMIN' ? principal.subject : 'unknown',
    registeredAt: request.now.toISOString(),
  };
  await request.store.events.putParticipation(participation);
  return participation;
}

/** A participant with its organization's public profile. */
export interface Participant {
  participation: Participation;
  organization: Organization;
}

/**
 * The event's participants with their organizations, for registered participants (acting for one of them) and
 * administrators. The GraphQL layer exposes only public profile fields of the organizations.
 */
export async function participantsOf(request: AppRequest, eventId: string, actingFor: string | undefined): Promise<Participant[]> {
  await eventFor(request, eventId);
  if (request.principal.role !== 'ADMIN') {
    if (actingFor === undefined) throw new ForbiddenError('Name the participating organization you act for (organizationId)');
    assertActsFor(request.principal, actingFor);
    await participationFor(request, eventId, actingFor);
  }
  const participations = await request.store.events.participations(eventId);
  const organizations = await Promise.all(participations.map((p) => request.loaders.organization.load(p.organizationId)));
  return participations.flatMap((participation, i) => {
    const organization = organizations[i];
    return organization && organization.verification !== 'SUSPENDED' ? [{ participation, organization }] : [];
  });
}

/** Records the participant's arrival (idempotent: the first check-in's time stays). */
export async function checkIn(request: AppRequest, eventId: string, organizationId: string): Promise<Participation> {
  assertActsFor(request.principal, organizationId);
  await eventFor(request, eventId);
  if (!(await request.store.events.checkIn(eventId, organizationId, request.now.toISOString()))) {
    throw new NotFoundError(`Participation of ${organizationId} in event`, eventId);
  }
  return participationFor(request, eventId, organizationId);
}
