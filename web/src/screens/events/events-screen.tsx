/** Matchmaking events (public): each with its days, venue and registration window, linking to its page. */
import { useQuery } from '../../api/hooks.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { href } from '../../router/hash-router.js';
import { EventsQuery } from './event-operations.js';
import { RegistrationWindow } from './registration-window.js';

/** The events list. */
export function EventsScreen() {
  const { t, label, locale } = useI18n();
  const events = useQuery(EventsQuery, { locale });
  return (
    <>
      <h1>{t('events.title')}</h1>
      <p className="muted">{t('events.intro')}</p>
      {events.loading && !events.data && <Loading />}
      <ErrorNotice error={events.error} />
      {events.data?.events.length === 0 && <p>{t('events.none')}</p>}
      <ul className="plain">
        {events.data?.events.map((event) => (
          <li key={event.id} className="card" data-event={event.id}>
            <h2>
              <a href={href('events', event.id)}>{event.name.text}</a>
            </h2>
            <p>
              <span className="tag">{label('VenueKind', event.venue.kind)}</span> {event.venue.address?.text}
            </p>
            <p>{t('events.days', { days: event.days.map((day) => day.date).join(', ') })}</p>
            <RegistrationWindow opensAt={event.registrationOpensAt} closesAt={event.registrationClosesAt} />
          </li>
        ))}
      </ul>
    </>
  );
}
