/** Zone statistics as charts: the zone office's pipeline at a glance. */
import { useQuery } from '../../api/hooks.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { Section } from '../../components/fields.js';
import { useI18n } from '../../i18n/i18n.js';
import { BarChart } from './bar-chart.js';
import { ZoneStatisticsQuery } from './admin-operations.js';

/** The statistics section of the administration screen. */
export function ZoneStatistics() {
  const { t, label, locale } = useI18n();
  const { data, error, loading } = useQuery(ZoneStatisticsQuery, {});
  const stats = data?.zoneStatistics;
  return (
    <Section title={t('admin.statistics')}>
      {loading && <Loading />}
      <ErrorNotice error={error} />
      {stats && (
        <>
          <p className="muted">{t('admin.computedAt', { date: new Date(stats.computedAt).toLocaleString(locale) })}</p>
          <div className="charts">
            <BarChart
              title={`${t('admin.orgsByCountry')} — ${t('admin.total', { count: stats.organizations.total })}`}
              bars={stats.organizations.byCountry.map((row) => ({
                key: row.country,
                label: label('Country', row.country),
                value: row.count,
              }))}
            />
            <BarChart
              title={t('admin.orgsByType')}
              bars={stats.organizations.byType.map((row) => ({
                key: row.type,
                label: label('OrganizationType', row.type),
                value: row.count,
              }))}
            />
            <BarChart
              title={t('admin.orgsByVerification')}
              bars={stats.organizations.byVerification.map((row) => ({
                key: row.verification,
                label: label('VerificationStatus', row.verification),
                value: row.count,
              }))}
            />
            <BarChart
              title={`${t('admin.postingsByStatus')} — ${t('admin.total', { count: stats.postings.total })}`}
              bars={stats.postings.byStatus.map((row) => ({
                key: row.status,
                label: label('CollaborationStatus', row.status),
                value: row.count,
              }))}
            />
            <BarChart
              title={`${t('admin.matchesByStatus')} — ${t('admin.total', { count: stats.matches.total })}`}
              bars={stats.matches.byStatus.map((row) => ({ key: row.status, label: label('MatchStatus', row.status), value: row.count }))}
            />
            <BarChart
              title={t('admin.matchesByOutcome')}
              bars={stats.matches.byOutcome.map((row) => ({
                key: row.outcome,
                label: label('MatchOutcome', row.outcome),
                value: row.count,
              }))}
            />
          </div>
        </>
      )}
    </Section>
  );
}
