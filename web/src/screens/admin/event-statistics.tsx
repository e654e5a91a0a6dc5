/**
 * Matchmaking events on the administration screen: per event, meetings
 * requested, accepted, held and the agreements that followed (from
 * zoneStatistics.events) as a table, and "schedule" (scheduleEvent) with
 * its report.
 */
import { useMutation, useQuery } from '../../api/hooks.js';
import { Section } from '../../components/fields.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import type { EventStatisticsQuery as EventStatisticsResult } from '../../generated/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/messages/index.js';
import { EventStatisticsQuery, ScheduleEventMutation } from './admin-operations.js';

type Counts = EventStatisticsResult['zoneStatistics']['events'][number];

/** The counts shown per event, in pipeline order. */
const COUNTS: { key: keyof Omit<Counts, 'eventId' | '__typename'>; label: MessageKey }[] = [
  { key: 'participants', label: 'admin.eventParticipants' },
  { key: 'meetingsRequested', label: 'admin.meetingsRequested' },
  { key: 'meetingsAccepted', label: 'admin.meetingsAccepted' },
  { key: 'meetingsScheduled', label: 'admin.meetingsScheduled' },
  { key: 'meetingsHeld', label: 'admin.meetingsHeld' },
  { key: 'agreementsFollowed', label: 'admin.agreementsFollowed' },
];

function ScheduleButton({ eventId, name, onScheduled }: { eventId: string; name: string; onScheduled: () => void }) {
  const { t, label } = useI18n();
  const schedule = useMutation(ScheduleEventMutation);
  const report = schedule.data?.scheduleEvent;
  return (
    <div className="actions-form">
      <button
        type="button"
        onClick={() =>
          void schedule.run({ input: { eventId } }).then((done) => {
            if (done) onScheduled();
          })
        }
        disabled={schedule.pending}
        aria-label={`${t('admin.schedule')}: ${name}`}
      >
        {t('admin.schedule')}
      </button>
      {report && (
        <div role="status" data-testid="schedule-report">
          <p>
            {t('admin.scheduleReport', {
              accepted: report.accepted,
              scheduled: report.scheduled,
              placed: report.placed,
              moved: report.moved,
              totalFit: report.totalFit.toFixed(2),
            })}
          </p>
          {report.unscheduled.length > 0 && (
            <ul>
              {report.unscheduled.map((meeting) => (
                <li key={meeting.meetingId}>
                  {meeting.meetingId}: {label('UnscheduledReason', meeting.reason)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <ErrorNotice error={schedule.error} />
    </div>
  );
}

/** The events section of the administration screen. */
export function EventStatistics() {
  const { t, locale } = useI18n();
  const { data, error, loading, reload } = useQuery(EventStatisticsQuery, { locale });
  const nameOf = (eventId: string) => data?.events.find((event) => event.id === eventId)?.name.text ?? eventId;
  const rows = data?.zoneStatistics.events ?? [];
  return (
    <Section title={t('admin.events')}>
      {loading && !data && <Loading />}
      <ErrorNotice error={error} />
      {data && rows.length === 0 && <p>{t('events.none')}</p>}
      {rows.length > 0 && (
        <>
          <div className="table-scroll">
            <table data-testid="event-statistics">
              <caption>{t('admin.eventMeetings')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.event')}</th>
                  {COUNTS.map((count) => (
                    <th key={count.key} scope="col">
                      {t(count.label)}
                    </th>
                  ))}
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.schedule')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.eventId} data-event={row.eventId}>
                    <td>{nameOf(row.eventId)}</td>
                    {COUNTS.map((count) => (
                      <td key={count.key} data-count={count.key}>
                        {row[count.key]}
                      </td>
                    ))}
                    <td>
                      <ScheduleButton eventId={row.eventId} name={nameOf(row.eventId)} onScheduled={reload} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
