/**
 * The acting organization's agenda at an event: time, table (or online
 * room), partner and why they fit, in the UI language; and the same agenda
 * as an .ics file. The file's route needs the bearer token, so the console
 * fetches it and hands the browser a download rather than a bare link.
 */
import { useState } from 'react';
import { useConfig, useQuery } from '../../api/hooks.js';
import { useSession } from '../../auth/session.js';
import { Section } from '../../components/fields.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { ApiError } from '../../api/client.js';
import { useI18n } from '../../i18n/i18n.js';
import { EventAgendaQuery } from './event-operations.js';

/** GET /events/{eventId}/agenda.ics on the API's origin (docs/events.md). */
function agendaFileUrl(graphqlPath: string, eventId: string, organizationId: string, locale: string): string {
  const url = new URL(`/events/${encodeURIComponent(eventId)}/agenda.ics`, new URL(graphqlPath, window.location.href));
  url.searchParams.set('organizationId', organizationId);
  url.searchParams.set('locale', locale);
  return url.toString();
}

function DownloadAgenda({ eventId, organizationId }: { eventId: string; organizationId: string }) {
  const { t, locale } = useI18n();
  const config = useConfig();
  const { session } = useSession();
  const [error, setError] = useState<ApiError | undefined>();
  async function download() {
    setError(undefined);
    const response = await fetch(agendaFileUrl(config.graphqlPath, eventId, organizationId, locale), {
      headers: { authorization: `Bearer ${session?.token ?? ''}` },
    }).catch((failure: unknown) => ({ ok: false, status: 0, failure }) as const);
    if (!response.ok || !('blob' in response)) {
      setError(new ApiError(`HTTP ${String(response.status)}`, response.status === 0 ? 'NETWORK' : 'INTERNAL_SERVER_ERROR'));
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(await response.blob());
    link.download = `agenda-${eventId}.ics`;
    link.click();
    URL.revokeObjectURL(link.href);
  }
  return (
    <>
      <button type="button" onClick={() => void download()}>
        {t('events.downloadAgenda')}
      </button>
      <ErrorNotice error={error} />
    </>
  );
}

/** The agenda section. */
export function EventAgenda({ eventId, organizationId }: { eventId: string; organizationId: string }) {
  const { t, locale } = useI18n();
  const agenda = useQuery(EventAgendaQuery, { eventId, organizationId, locale });
  const entries = agenda.data?.eventAgenda.entries;
  return (
    <Section title={t('events.agenda')}>
      {agenda.loading && !agenda.data && <Loading />}
      <ErrorNotice error={agenda.error} />
      {entries?.length === 0 && <p>{t('events.agendaEmpty')}</p>}
      {entries && entries.length > 0 && (
        <div className="table-scroll">
          <table data-testid="agenda">
            <thead>
              <tr>
                <th scope="col">{t('events.time')}</th>
                <th scope="col">{t('events.table')}</th>
                <th scope="col">{t('events.partner')}</th>
                <th scope="col">{t('events.why')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.meetingId} data-meeting={entry.meetingId}>
                  <td>{`${entry.slot.date} ${entry.slot.start}–${entry.slot.end}`}</td>
                  <td>{entry.onlineUrl ? <a href={entry.onlineUrl}>{entry.table}</a> : entry.table}</td>
                  <td>{entry.partner.name.text}</td>
                  <td lang={locale}>{entry.whyTheyFit}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <DownloadAgenda eventId={eventId} organizationId={organizationId} />
    </Section>
  );
}
