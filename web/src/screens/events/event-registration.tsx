/**
 * Registering the acting organization for an event while registration is
 * open: who attends, availability on each day (local time), how many
 * meetings it wants, and whether requests from mutual matches are accepted
 * without asking. Registering again replaces the registration.
 */
import { useState } from 'react';
import type { EventQuery as EventResult } from '../../generated/graphql.js';
import { useMutation } from '../../api/hooks.js';
import { Section, TextField } from '../../components/fields.js';
import { ErrorNotice } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { RegisterForEventMutation } from './event-operations.js';

type EventDetails = NonNullable<EventResult['event']>;

interface DayChoice {
  date: string;
  available: boolean;
  from: string;
  to: string;
}

function DayAvailability({ day, onChange }: { day: DayChoice; onChange: (day: DayChoice) => void }) {
  const { t } = useI18n();
  return (
    <fieldset className="day-availability" data-day={day.date}>
      <legend>{day.date}</legend>
      <label>
        <input
          type="checkbox"
          checked={day.available}
          onChange={(event) => {
            onChange({ ...day, available: event.target.checked });
          }}
        />
        {t('events.availableOn', { date: day.date })}
      </label>
      {day.available && (
        <>
          <TextField
            label={t('events.availableFrom')}
            type="time"
            value={day.from}
            onChange={(from) => {
              onChange({ ...day, from });
            }}
          />
          <TextField
            label={t('events.availableTo')}
            type="time"
            value={day.to}
            onChange={(to) => {
              onChange({ ...day, to });
            }}
          />
        </>
      )}
    </fieldset>
  );
}

/** The registration form; `onRegistered` reloads the page's participation. */
export function EventRegistration({
  event,
  organizationId,
  onRegistered,
}: {
  event: EventDetails;
  organizationId: string;
  onRegistered: () => void;
}) {
  const { t } = useI18n();
  const [attendee, setAttendee] = useState('');
  const [title, setTitle] = useState('');
  const [days, setDays] = useState<DayChoice[]>(() =>
    event.days.map((day) => ({ date: day.date, available: true, from: day.start, to: day.end })),
  );
  const [meetingsWanted, setMeetingsWanted] = useState('5');
  const [autoAccept, setAutoAccept] = useState(false);
  const register = useMutation(RegisterForEventMutation);
  async function submit() {
    const done = await register.run({
      input: {
        eventId: event.id,
        organizationId,
        attendees: [{ name: attendee.trim(), ...(title.trim() ? { title: title.trim() } : {}) }],
        availability: days.filter((day) => day.available).map(({ date, from, to }) => ({ date, from, to })),
        meetingsWanted: Number(meetingsWanted),
        autoAcceptMutualMatches: autoAccept,
      },
    });
    if (done) onRegistered();
  }
  return (
    <Section title={t('events.register')}>
      <form
        onSubmit={(submitted) => {
          submitted.preventDefault();
          void submit();
        }}
      >
        <TextField label={t('events.attendee')} value={attendee} onChange={setAttendee} required />
        <TextField label={t('events.attendeeTitle')} value={title} onChange={setTitle} />
        {days.map((day, index) => (
          <DayAvailability
            key={day.date}
            day={day}
            onChange={(changed) => {
              setDays(days.map((other, i) => (i === index ? changed : other)));
            }}
          />
        ))}
        <TextField label={t('events.meetingsWanted')} type="number" value={meetingsWanted} onChange={setMeetingsWanted} required />
        <label>
          <input
            type="checkbox"
            checked={autoAccept}
            onChange={(changed) => {
              setAutoAccept(changed.target.checked);
            }}
          />
          {t('events.autoAccept')}
        </label>
        <button type="submit" disabled={register.pending}>
          {t('events.registerSubmit')}
        </button>
        <ErrorNotice error={register.error} />
      </form>
    </Section>
  );
}
