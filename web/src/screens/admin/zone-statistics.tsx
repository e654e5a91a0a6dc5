/** Zone statistics as charts: the zone office's pipeline at a glance. */
import { useQuery } from '../../api/hooks.js';
import { ErrorNotice, Loading } from '../../components/status.js';
import { Section } from '../../components/fields.js';
import { useI18n } from '../../i18n/i18n.js';
import { COUNTRIES } from '../../api/vocabulary.js';
import type { Locale } from '../../i18n/locales.js';
import type { ZoneStatisticsQuery as ZoneStatisticsResult } from '../../generated/graphql.js';
import { BarChart } from './bar-chart.js';
import { GroupedBarChart, type BarGroup } from './grouped-bar-chart.js';
import { ZoneStatisticsQuery } from './admin-operations.js';

type CountryChainGroupCounts = ZoneStatisticsResult['zoneStatistics']['organizations']['byCountryAndChainGroup'];

/**
 * One row per chain group (in the API's plan order), one value per country; the
 * group's name in the UI language from all three, so a language switch never
 * shows the previous language's names while the statistics reload.
 */
function chainGroupRows(counts: CountryChainGroupCounts, locale: Locale): BarGroup[] {
  const rows = new Map<string, { label: string; values: number[] }>();
  for (const { country, count, chainGroup } of counts) {
    const row = rows.get(chainGroup.id) ?? {
      label: chainGroup.names[locale] ?? chainGroup.names.en ?? chainGroup.id,
      values: COUNTRIES.map(() => 0),
    };
    row.values[COUNTRIES.indexOf(country)] = count;
    rows.set(chainGroup.id, row);
  }
  return [...rows].map(([key, row]) => ({ key, ...row }));
}

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
            <GroupedBarChart
              title={t('admin.orgsByCountryAndChainGroup')}
              series={COUNTRIES.map((country) => ({ key: country, label: label('Country', country) }))}
              groups={chainGroupRows(stats.organizations.byCountryAndChainGroup, locale)}
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
