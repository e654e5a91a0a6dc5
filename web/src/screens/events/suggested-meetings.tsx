/** Suggested meetings: the participants the acting organization fits best (score and why), each with "request a meeting". */
import { useState } from 'react';
import { useMutation, useQuery } from '../../api/hooks.js';
import { Section, TextField } from '../../components/fields.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { useI18n } from '../../i18n/i18n.js';
import { RequestMeetingMutation, SuggestedMeetingsQuery } from './event-operations.js';

interface Partner {
  id: string;
  name: string;
}

function RequestForm({
  eventId,
  organizationId,
  partner,
  onRequested,
}: {
  eventId: string;
  organizationId: string;
  partner: Partner;
  onRequested: () => void;
}) {
  const { t, label } = useI18n();
  const [message, setMessage] = useState('');
  const request = useMutation(RequestMeetingMutation);
  if (request.data)
    return <p role="status">{t('events.requested', { status: label('MeetingRequestStatus', request.data.requestMeeting.status) })}</p>;
  return (
    <form
      className="actions-form"
      onSubmit={(submitted) => {
        submitted.preventDefault();
        void request
          .run({ input: { eventId, fromOrganizationId: organizationId, toOrganizationId: partner.id, message: message.trim() } })
          .then((done) => {
            if (done) onRequested();
          });
      }}
    >
      <TextField label={t('events.messageTo', { name: partner.name })} value={message} onChange={setMessage} multiline />
      <button type="submit" disabled={request.pending}>
        {t('events.requestMeeting')}
      </button>
      <ErrorNotice error={request.error} />
    </form>
  );
}

/** The suggestions section; `onRequested` reloads the requests list. */
export function SuggestedMeetings({
  eventId,
  organizationId,
  onRequested,
}: {
  eventId: string;
  organizationId: string;
  onRequested: () => void;
}) {
  const { t, label, locale } = useI18n();
  const suggestions = useQuery(SuggestedMeetingsQuery, { eventId, organizationId, locale });
  return (
    <Section title={t('events.suggestions')}>
      {suggestions.loading && !suggestions.data && <Loading />}
      <ErrorNotice error={suggestions.error} />
      {suggestions.data?.suggestedMeetings.length === 0 && <p>{t('events.noSuggestions')}</p>}
      <ul className="plain">
        {suggestions.data?.suggestedMeetings.map(({ match, inFocus }) => (
          <li key={match.organization.id} className="card" data-suggestion={match.organization.id}>
            <h3>{match.organization.name.text}</h3>
            <p>
              <span className="tag">{label('Country', match.organization.country)}</span>{' '}
              <span className="muted">{t('matches.score', { score: `${Math.round(match.score * 100)}%` })}</span>
              {inFocus && <span className="tag"> {t('events.inFocus')}</span>}
            </p>
            <p className="explanation" lang={locale}>
              {match.explanation}
            </p>
            <RequestForm
              eventId={eventId}
              organizationId={organizationId}
              partner={{ id: match.organization.id, name: match.organization.name.text }}
              onRequested={onRequested}
            />
          </li>
        ))}
      </ul>
    </Section>
  );
}
