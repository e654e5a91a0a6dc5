/**
 * One event's page: what and when; for a member, the acting organization's
 * registration (the form while registration is open), suggested meetings,
 * meeting requests and agenda once it is registered.
 */
import { useState } from 'react';
import { useQuery } from '../../api/hooks.js';
import { useActingOrganizationId } from '../../auth/memberships.js';
import { useSession } from '../../auth/session.js';
import { Section } from '../../components/fields.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import type { EventQuery as EventResult } from '../../generated/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { href } from '../../router/hash-router.js';
import { EventAgenda } from './event-agenda.js';
import { EventQuery, MyParticipationQuery } from './event-operations.js';
import { EventRegistration } from './event-registration.js';
import { MeetingRequests } from './meeting-requests.js';
import { RegistrationWindow, registrationIsOpen } from './registration-window.js';
import { SuggestedMeetings } from './suggested-meetings.js';

type EventDetails = NonNullable<EventResult['event']>;

function Participation({ event, organizationId }: { event: EventDetails; organizationId: string }) {
  const { t } = useI18n();
  const mine = useQuery(MyParticipationQuery, { eventId: event.id, organizationId });
  const [requests, setRequests] = useState(0);
  if (mine.loading && !mine.data) return <Loading />;
  const registered = mine.data?.eventParticipants.find((participant) => participant.organization.id === organizationId);
  if (!registered) {
    if (mine.error && mine.error.code !== 'NOT_FOUND') return <ErrorNotice error={mine.error} />;
    if (!registrationIsOpen(event.registrationOpensAt, event.registrationClosesAt)) return <p>{t('events.notRegisteredClosed')}</p>;
    return <EventRegistration event={event} organizationId={organizationId} onRegistered={mine.reload} />;
  }
  return (
    <>
      <Section title={t('events.registration')}>
        <p data-testid="registered">
          {t('events.registered', {
            attendees: registered.attendees.map((attendee) => attendee.name).join(', '),
            meetings: registered.meetingsWanted,
          })}
        </p>
        <p className="muted">{registered.availability.map((window) => `${window.date} ${window.from}–${window.to}`).join(' · ')}</p>
      </Section>
      <SuggestedMeetings
        eventId={event.id}
        organizationId={organizationId}
        onRequested={() => {
          setRequests((n) => n + 1);
        }}
      />
      <MeetingRequests key={requests} eventId={event.id} organizationId={organizationId} />
      <EventAgenda eventId={event.id} organizationId={organizationId} />
    </>
  );
}

/** The event page (route `#/events/<id>`). */
export function EventScreen({ eventId }: { eventId: string }) {
  const { t, label, locale } = useI18n();
  const { session } = useSession();
  const organizationId = useActingOrganizationId();
  const found = useQuery(EventQuery, { id: eventId, locale });
  const event = found.data?.event;
  if (found.loading && !found.data) return <Loading />;
  if (found.error) return <ErrorNotice error={found.error} />;
  if (!event) return <p>{t('common.notFound')}</p>;
  return (
    <>
      <p>
        <a href={href('events')}>{t('events.back')}</a>
      </p>
      <h1>{event.name.text}</h1>
      {event.description && <p>{event.description.text}</p>}
      <p>
        <span className="tag">{label('VenueKind', event.venue.kind)}</span> {event.venue.address?.text}
      </p>
      <p>
        {event.days.map((day) => `${day.date} ${day.start}–${day.end}`).join(' · ')} ({t('events.utcOffset', { offset: event.utcOffset })})
        {' · '}
        {t('events.slotsAndTables', { minutes: event.slotMinutes, tables: event.tables.length })}
      </p>
      <RegistrationWindow opensAt={event.registrationOpensAt} closesAt={event.registrationClosesAt} />
      {!session && <p>{t('session.required')}</p>}
      {session && session.role.kind !== 'admin' && organizationId && <Participation event={event} organizationId={organizationId} />}
      {session && session.role.kind !== 'admin' && !organizationId && <p>{t('session.organizationRequired')}</p>}
    </>
  );
}
